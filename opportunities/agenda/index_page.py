"""The agenda page, /agenda/: every dated thing of the programme as a list, a month table and an iCalendar feed."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from opportunities.agenda.views import agenda_view
from portal.models.pages import SeoFields


class EventIndexPage(RoutablePageMixin, SeoFields, Page):
    """The agenda: every dated thing of the programme as a list, a month table and an iCalendar feed."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["opportunities.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = "agenda"

    @path("")
    def agenda(self, request):
        return agenda_view(request, self, archives=False)

    @path("archives/")
    def archives(self, request):
        return agenda_view(request, self, archives=True)
