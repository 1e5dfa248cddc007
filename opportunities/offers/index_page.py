"""The offer listing page, /offres/: every offer with upcoming sessions, filtered without JavaScript."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from opportunities.offers.views import offer_listing
from portal.models.pages import SeoFields


class OfferIndexPage(RoutablePageMixin, SeoFields, Page):
    """/offres/: every offer with upcoming sessions, filtered by type, sector, commune, dates and seats."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["opportunities.OfferPage"]
    max_count = 1

    class Meta:
        verbose_name = "liste des offres"

    @path("")
    def listing(self, request):
        return offer_listing(request, self)
