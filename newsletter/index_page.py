"""The letter's page, /lettre/: the subscription form (double opt-in) and the past newsletters online."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from newsletter.views import subscribe
from portal.models.pages import SeoFields


class NewsletterIndexPage(RoutablePageMixin, SeoFields, Page):
    """/lettre/: the subscription form (double opt-in) and the past newsletters online."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["newsletter.NewsletterPage"]
    max_count = 1

    class Meta:
        verbose_name = "la lettre (inscription et archives)"

    @path("")
    def subscribe(self, request):
        return subscribe(request, self)
