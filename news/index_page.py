"""The news page, /actualites/: the news, most recent first, by tag, with an RSS 2.0 feed."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from news.feeds import NewsFeed
from news.news_page import NewsPage
from news.views import news_index
from portal.models.pages import SeoFields
from portal.visibility import visible


class NewsIndexPage(RoutablePageMixin, SeoFields, Page):
    """/actualites/: the news, most recent first, by tag, with an RSS 2.0 feed."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = "liste des actualités"

    def published_news(self):
        return visible(NewsPage.objects.child_of(self))

    @path("")
    def index(self, request):
        return news_index(request, self)

    @path("rss/", name="rss")
    def rss(self, request):
        return NewsFeed(self)(request)
