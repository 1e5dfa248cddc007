"""The moderators' side in the Wagtail admin: contributions (with erasure) and the report queue."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.generic import TemplateView
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from stories.contributions import erasure
from stories.contributions.models import Contribution, StoryReport
from stories.contributions.reuse_admin import ContributionFilterSet, reuse_label

ERASE_URL_NAME = "stories_contribution_erase"


def _story_link(instance):
    story = instance.story
    if story is None:
        return "—"
    state = "en ligne" if story.live else "brouillon"
    return format_html(
        '<a href="{}">{}</a> ({})', reverse("wagtailadmin_pages:edit", args=[story.pk]), story.title, state
    )


def _erase_link(instance):
    if instance.status == Contribution.Status.ERASED:
        return "Données effacées"
    return format_html(
        '<a class="button button-small button-secondary" href="{}">Effacer les données</a>',
        reverse(ERASE_URL_NAME, args=[instance.pk]),
    )


class ContributionViewSet(SnippetViewSet):
    model = Contribution
    icon = "user"
    menu_label = "Contributions"
    menu_name = "story-contributions"
    url_prefix = "histoires/contributions"
    list_display = [
        "__str__",
        "status",
        Column("story", label="Histoire", accessor=_story_link),
        "created_at",
        Column(
            "reuse",
            label="Réseaux et imprimés",
            accessor=lambda instance: reuse_label(instance.story_reusable, instance.photo_reusable),
        ),
        Column("erase", label="Données personnelles", accessor=_erase_link),
    ]
    filterset_class = ContributionFilterSet
    inspect_view_enabled = True
    inspect_view_fields = [
        "first_name",
        "age",
        "status",
        "email",
        "parent_name",
        "parent_email",
        "created_at",
        "parent_confirmed_at",
        "submitted_at",
        "decided_at",
        "withdrawn_at",
        "contact_erased_at",
        "consents_summary",
    ]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("first_name", read_only=True), FieldPanel("age", read_only=True)]),
                FieldPanel("status", read_only=True),
            ],
            heading="Contribution",
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldRowPanel([FieldPanel("parent_name"), FieldPanel("parent_email")])],
            heading="Coordonnées (privées, jamais publiées)",
        ),
    ]

    def get_queryset(self, request):
        return Contribution.objects.select_related("story").with_reuse()


class ReportEditView(EditView):
    def save_instance(self):
        instance = super().save_instance()
        if instance.status == StoryReport.Status.HANDLED and instance.handled_at is None:
            instance.handled_at = timezone.now()
            instance.handled_by = self.request.user
            instance.save(update_fields=["handled_at", "handled_by"])
        return instance


class StoryReportViewSet(SnippetViewSet):
    model = StoryReport
    icon = "warning"
    menu_label = "Signalements"
    menu_name = "story-reports"
    url_prefix = "histoires/signalements"
    edit_view_class = ReportEditView
    list_display = ["reason", Column("story", label="Histoire", accessor=_story_link), "status", "created_at"]
    list_filter = ["status", "reason"]
    panels = [
        FieldPanel("story", read_only=True),
        FieldRowPanel([FieldPanel("reason", read_only=True), FieldPanel("created_at", read_only=True)]),
        FieldPanel("details", read_only=True),
        FieldPanel("status"),
        FieldPanel("moderator_note"),
    ]

    def get_queryset(self, request):
        return StoryReport.objects.select_related("story")


class ModerationGroup(SnippetViewSetGroup):
    items = (ContributionViewSet, StoryReportViewSet)
    menu_icon = "tasks"
    menu_label = "Modération"
    menu_name = "moderation"


class EraseContributionView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "stories/admin/erase_contribution.html"
    page_title = "Effacer les données personnelles"
    header_icon = "warning"

    def dispatch(self, request, pk):
        if not request.user.has_perm("stories.erase_contribution"):
            raise PermissionDenied
        self.contribution = get_object_or_404(Contribution, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.contribution)

    def get_context_data(self, **kwargs):
        return super().get_context_data(contribution=self.contribution, **kwargs)

    def post(self, request, pk):
        erasure.erase(self.contribution)
        messages.success(request, "Les données personnelles de cette contribution sont effacées.")
        return redirect("wagtailsnippets_stories_contribution:list")


def admin_urls():
    return [path("histoires/contributions/<int:pk>/effacer/", EraseContributionView.as_view(), name=ERASE_URL_NAME)]
