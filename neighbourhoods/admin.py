"""Requests for help in the admin: each booster sees their territory's, the moderators see all of them.

Small views of our own rather than a snippet viewset: every one reads its request through
`HelpRequest.objects.visible_to(user)`, so another territory's request answers 404 whatever the URL
(a snippet viewset's edit, history and usage views would fetch it by primary key).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

import portal.converters  # noqa: F401 (registers <id:…>)
from neighbourhoods import intake
from neighbourhoods.boosters import Booster
from neighbourhoods.erasure import erase_contact
from neighbourhoods.help_requests import HelpRequest, HelpRequestNote
from portal.models import Territory

LIST_URL_NAME = "neighbourhoods_help_requests"
DETAIL_URL_NAME = intake.DETAIL_URL_NAME
VIEW_PERMISSION = "neighbourhoods.view_helprequest"
CHANGE_PERMISSION = "neighbourhoods.change_helprequest"
ERASE_PERMISSION = "neighbourhoods.erase_helprequest"


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label="État",
        choices=[choice for choice in HelpRequest.Status.choices if choice[0] != HelpRequest.Status.AWAITING_PARENT],
    )
    oriented_to = forms.CharField(label="Orientée vers", max_length=200, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == HelpRequest.Status.ORIENTED and not cleaned.get("oriented_to", "").strip():
            self.add_error("oriented_to", "Indiquez vers quelle structure ou quel dispositif.")
        return cleaned


class NoteForm(forms.Form):
    text = forms.CharField(label="Nouvelle note", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class HelpRequestListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "neighbourhoods/admin/list.html"
    page_title = "Demandes d'aide"
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        requests = HelpRequest.objects.visible_to(self.request.user).select_related("territory")
        status = self.request.GET.get("etat", "")
        if status in HelpRequest.Status.values:
            requests = requests.filter(status=status)
        territories = Territory.objects.filter(pk__in=requests.values("territory")).order_by("name")
        territory = self.request.GET.get("territoire", "")
        if territory.isdigit():
            requests = requests.filter(territory_id=int(territory))
        return super().get_context_data(
            requests=requests[:200],
            statuses=HelpRequest.Status.choices,
            status=status,
            territories=territories,
            territory=territory,
            **kwargs,
        )


class HelpRequestDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "neighbourhoods/admin/detail.html"
    page_title = "Demande d'aide"
    header_icon = "help"

    def dispatch(self, request, pk):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        visible = HelpRequest.objects.visible_to(request.user).select_related("territory")
        self.help_request = get_object_or_404(visible, pk=pk)
        self.status_form = StatusForm(
            initial={"status": self.help_request.status, "oriented_to": self.help_request.oriented_to}
        )
        self.note_form = NoteForm()
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.help_request)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(LIST_URL_NAME), "label": "Demandes d'aide"},
            {"url": "", "label": str(self.help_request)},
        ]

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            help_request=self.help_request,
            notes=self.help_request.notes.select_related("author"),
            boosters=Booster.objects.active().filter(territory=self.help_request.territory_id),
            status_form=self.status_form,
            note_form=self.note_form,
            can_change=user.has_perm(CHANGE_PERMISSION)
            and not self.help_request.is_erased
            and self.help_request.status != HelpRequest.Status.AWAITING_PARENT,
            can_erase=user.has_perm(ERASE_PERMISSION) and not self.help_request.is_erased,
            list_url=reverse(LIST_URL_NAME),
            **kwargs,
        )

    def post(self, request, pk):
        action = request.POST.get("action")
        help_request = self.help_request
        if action == "erase":
            if not request.user.has_perm(ERASE_PERMISSION):
                raise PermissionDenied
            if not help_request.is_erased:
                erase_contact(help_request)
            messages.success(request, "Les données personnelles de cette demande sont effacées.")
            return redirect(DETAIL_URL_NAME, pk)
        if not request.user.has_perm(CHANGE_PERMISSION) or help_request.is_erased:
            raise PermissionDenied
        if action == "status":
            if help_request.status == HelpRequest.Status.AWAITING_PARENT:
                messages.error(request, "Un parent n'a pas encore donné son accord : ne contactez pas ce jeune.")
                return redirect(DETAIL_URL_NAME, pk)
            self.status_form = StatusForm(request.POST)
            if self.status_form.is_valid():
                data = self.status_form.cleaned_data
                intake.set_status(help_request, data["status"], data["oriented_to"].strip())
                messages.success(request, "L'état de la demande est enregistré.")
                return redirect(DETAIL_URL_NAME, pk)
        elif action == "note":
            self.note_form = NoteForm(request.POST)
            if self.note_form.is_valid():
                HelpRequestNote.objects.create(
                    request=help_request, author=request.user, text=self.note_form.cleaned_data["text"].strip()
                )
                messages.success(request, "La note est ajoutée.")
                return redirect(DETAIL_URL_NAME, pk)
        return self.render_to_response(self.get_context_data(), status=400)


class HelpRequestsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


def admin_urls():
    return [
        path("demandes-aide/", HelpRequestListView.as_view(), name=LIST_URL_NAME),
        path("demandes-aide/<id:pk>/", HelpRequestDetailView.as_view(), name=DETAIL_URL_NAME),
    ]


def menu_item():
    return HelpRequestsMenuItem("Demandes d'aide", reverse(LIST_URL_NAME), icon_name="help", order=290)


class BoosterViewSet(SnippetViewSet):
    model = Booster
    icon = "group"
    menu_label = "Boosters"
    menu_name = "boosters"
    url_prefix = "boosters"
    add_to_admin_menu = True
    menu_order = 291
    list_display = ["name", "territory", "phone", "email", "is_active"]
    list_filter = ["territory", "is_active"]

    def get_queryset(self, request):
        return Booster.objects.select_related("territory")
