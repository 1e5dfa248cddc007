"""/quartiers/: the programme's neighbourhoods, each with its page (/quartiers/<slug>/) built from its territory."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from neighbourhoods.neighbourhood_views import neighbourhood, neighbourhood_index
from portal.models import Territory
from portal.models.pages import SeoFields


class NeighbourhoodIndexPage(RoutablePageMixin, SeoFields, Page):
    """Every territory, its booster(s), next dates, offers, partners and stories: one route per territory,
    so a new territory has its page at once, without a page to create."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "liste des quartiers"

    def get_sitemap_urls(self, request=None):
        """The page itself and each neighbourhood's route, which search engines would not find otherwise."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for territory in Territory.objects.in_display_order():
            urls.append({"location": base + self.reverse_subpage("neighbourhood", args=[territory.slug])})
        return urls

    @path("")
    def index(self, request):
        return neighbourhood_index(request, self)

    @path("<slug:slug>/", name="neighbourhood")
    def neighbourhood(self, request, slug):
        return neighbourhood(request, self, slug)
