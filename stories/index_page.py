"""The stories page, /histoires/: every published story, its RSS feed, its tag pages, and the routes of
"Raconte ton histoire" and readers' reports."""

from django.db import models
from django.http import Http404
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

import portal.converters  # noqa: F401 (registers <id:…>)
from portal.models.pages import SeoFields
from portal.visibility import visible
from stories.contributions import views as contribution_views
from stories.feeds import StoryFeed
from stories.story_page import StoryPage
from stories.views import story_index


class StoryIndexPage(RoutablePageMixin, SeoFields, Page):
    """/histoires/: every published story, filterable, with its RSS feed and tag pages."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count = 1

    class Meta:
        verbose_name = "liste des histoires"

    def published_stories(self):
        return visible(StoryPage.objects.child_of(self))

    def route(self, request, path_components):
        """A story is read as a story, with its territory, in one query (Wagtail's routing reads the child as a
        page, then again as its own type); the routes below come first, as with Wagtail's routing."""
        if len(path_components) == 1 and not self._routes_to(path_components[0]):
            stories = StoryPage.objects.child_of(self).select_related("territory", "main_image")
            try:
                story = stories.get(slug=path_components[0])
            except StoryPage.DoesNotExist:
                story = None
            if story is not None:
                story._cached_parent_obj = self  # as Wagtail's routing keeps it: the breadcrumb reads it
                return story.route(request, [])
        return super().route(request, path_components)

    def _routes_to(self, segment):
        if not self.live:
            return False
        try:
            self.resolve_subpage(f"/{segment}/")
        except Http404:
            return False
        return True

    @path("")
    def index(self, request):
        return story_index(request, self)

    @path("tags/<slug:tag>/", name="tag")
    def tag(self, request, tag):
        return story_index(request, self, tag_slug=tag)

    @path("rss/", name="rss")
    def rss(self, request):
        return StoryFeed(self)(request)

    # "Raconte ton histoire" and readers' reports: thin routes, the work is in stories.contributions.views.
    @path("raconter/", name="contribute")
    def contribute(self, request):
        return contribution_views.contribute(request, self)

    @path("raconter/merci/", name="contribute_thanks")
    def contribute_thanks(self, request):
        return contribution_views.thanks(request, self)

    @path("raconter/parent/<str:token>/", name="parent_confirm")
    def parent_confirm(self, request, token):
        return contribution_views.parent_confirm(request, self, token)

    @path("raconter/parent/<str:token>/photo/", name="parent_photo")
    def parent_photo(self, request, token):
        return contribution_views.parent_photo(request, self, token)

    @path("raconter/retrait/<str:token>/", name="withdraw")
    def withdraw(self, request, token):
        return contribution_views.withdraw(request, self, token)

    @path("signaler/<id:story_id>/", name="report")
    def report(self, request, story_id):
        return contribution_views.report(request, self, story_id)
