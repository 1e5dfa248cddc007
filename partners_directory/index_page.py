"""The map page of the partners, /partenaires/: the map, the accessible list and their filters."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from partners_directory.listing import listing_context, serve_index
from portal.models.pages import SeoFields


class PartnerIndexPage(SeoFields, Page):
    """The map and list of the programme's partner actors."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["partners_directory.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = "carte des partenaires"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        return serve_index(self, request, super().serve, *args, **kwargs)
