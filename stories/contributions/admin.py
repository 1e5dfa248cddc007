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

import portal.converters  # noqa: F401 (registers <id:…>)
from stories.consent import reuse
from stories.consent.models import Contribution
from stories.consent.publication import PublicationRefused
from stories.contributions import erasure, reports
from stories.contributions.links import ERASE_URL_NAME, REPORTS_LIST_URL_NAME, RESTORE_URL_NAME
from stories.contributions.models import StoryReport
from stories.contributions.reuse_admin import ContributionFilterSet, reuse_label
from stories.story_page import StoryPage


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
        return reuse.with_reuse(Contribution.objects.select_related("story"))


class ReportEditView(EditView):
    def save_instance(self):
        instance = super().save_instance()
        if instance.status == StoryReport.Status.HANDLED and instance.handled_at is None:
            instance.handled_at = timezone.now()
            instance.handled_by = self.request.user
            instance.save(update_fields=["handled_at", "handled_by"])
        return instance


def _restore_link(instance):
    story = instance.story
    if story.live or instance.status != StoryReport.Status.OPEN:
        return "—"
    return format_html(
        '<a class="button button-small button-secondary" href="{}">Remettre en ligne</a>',
        reverse(RESTORE_URL_NAME, args=[story.pk]),
    )


class StoryReportViewSet(SnippetViewSet):
    model = StoryReport
    icon = "warning"
    menu_label = "Signalements"
    menu_name = "story-reports"
    url_prefix = "histoires/signalements"
    edit_view_class = ReportEditView
    list_display = [
        "reason",
        Column("story", label="Histoire", accessor=_story_link),
        "status",
        "created_at",
        Column("restore", label="Action", accessor=_restore_link),
    ]
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


class RestoreStoryView(WagtailAdminTemplateMixin, TemplateView):
    """One action for a moderator: the reports were unfounded, the story goes back online as it was."""

    template_name = "stories/admin/restore_story.html"
    page_title = "Remettre une histoire en ligne"
    header_icon = "warning"

    def dispatch(self, request, pk):
        if not request.user.has_perm("stories.change_storyreport"):
            raise PermissionDenied
        self.story = get_object_or_404(StoryPage, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.story.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            story=self.story,
            revision=reports.restorable_revision(self.story),
            open_reports=self.story.reports.filter(status=StoryReport.Status.OPEN),
            **kwargs,
        )

    def post(self, request, pk):
        try:
            count = reports.restore(self.story, request.user, note=request.POST.get("note", "")[:1000])
        except reports.NothingToRestore:
            messages.error(
                request, "Cette histoire n'a pas été dépubliée par des signalements, ou elle est déjà en ligne."
            )
        except PublicationRefused as refused:
            messages.error(request, f"Pas de remise en ligne : {refused}")
        else:
            messages.success(
                request,
                f"« {self.story.title} » est de nouveau en ligne ; {count} signalement(s) marqué(s) traité(s).",
            )
        return redirect(REPORTS_LIST_URL_NAME)


def admin_urls():
    return [
        path("histoires/contributions/<id:pk>/effacer/", EraseContributionView.as_view(), name=ERASE_URL_NAME),
        path("histoires/signalements/<id:pk>/remettre-en-ligne/", RestoreStoryView.as_view(), name=RESTORE_URL_NAME),
    ]
