"""The moderators' queue of corrections: current and proposed values side by side, applied in one action."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.generic import TemplateView
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

import portal.converters  # noqa: F401 (registers <id:…>)
from corrections import service
from corrections.models import Correction

REVIEW_URL_NAME = "corrections_review"


def _review_link(instance):
    label = "Examiner" if instance.status == Correction.Status.OPEN else "Voir"
    return format_html(
        '<a class="button button-small" href="{}">{}</a>', reverse(REVIEW_URL_NAME, args=[instance.pk]), label
    )


class CorrectionViewSet(SnippetViewSet):
    model = Correction
    icon = "edit"
    menu_label = "Corrections proposées"
    menu_name = "corrections"
    url_prefix = "corrections"
    add_to_admin_menu = True
    menu_order = 305
    list_display = [
        "page",
        "kind",
        "reason",
        "status",
        "created_at",
        Column("review", label="Valeurs proposées", accessor=_review_link),
    ]
    list_filter = ["status", "kind", "reason"]
    panels = [FieldPanel("moderator_note")]

    def get_queryset(self, request):
        return Correction.objects.select_related("page")


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "corrections/admin/review.html"
    page_title = "Correction proposée"
    header_icon = "edit"

    def dispatch(self, request, pk):
        if not request.user.has_perm("corrections.change_correction"):
            raise PermissionDenied
        self.correction = get_object_or_404(Correction.objects.select_related("page", "handled_by"), pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.correction.page.title

    def get_breadcrumbs_items(self):
        list_url = reverse("wagtailsnippets_corrections_correction:list")
        return self.breadcrumbs_items + [
            {"url": list_url, "label": "Corrections proposées"},
            {"url": "", "label": str(self.correction)},
        ]

    def get_context_data(self, **kwargs):
        page = self.correction.page
        return super().get_context_data(
            correction=self.correction,
            rows=service.comparison(self.correction),
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            can_publish=page.permissions_for_user(self.request.user).can_publish(),
            list_url=reverse("wagtailsnippets_corrections_correction:list"),
            **kwargs,
        )

    def post(self, request, pk):
        action = request.POST.get("action")
        if self.correction.status != Correction.Status.OPEN:
            messages.error(request, "Cette correction a déjà été traitée.")
        elif action == "apply":
            try:
                service.apply(self.correction, request.user)
            except service.CannotApply as reason:
                messages.error(request, str(reason))
                return redirect(REVIEW_URL_NAME, pk)
            messages.success(request, "La correction est appliquée et la page publiée.")
        elif action == "reject":
            service.reject(self.correction, request.user, request.POST.get("note", "").strip())
            messages.success(request, "La correction est refusée.")
        return redirect("wagtailsnippets_corrections_correction:list")


def admin_urls():
    return [path("corrections/<id:pk>/examiner/", ReviewView.as_view(), name=REVIEW_URL_NAME)]
