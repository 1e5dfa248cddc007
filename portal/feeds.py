"""RSS 2.0 feeds of an index page's published children (stories, news): one shape, each app says what differs."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import feedgenerator
from django.utils.timezone import make_aware


class PageFeed(Feed):
    """Items are pages with `summary` and `date_published`; subclasses give `feed_title`,
    `default_description` and `published_items()`."""

    feed_type = feedgenerator.Rss201rev2Feed
    language = "fr"
    size = 30
    feed_title = "Impact Jeunes"
    default_description = ""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def published_items(self):
        raise NotImplementedError

    def title(self):
        return self.feed_title

    def link(self):
        return self.index_page.url

    def description(self):
        return self.index_page.intro or self.default_description

    def items(self):
        return self.published_items().order_by("-date_published", "-pk")[: self.size]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        # A publication day, not a time: 9:00 in Paris, so that readers sort a day's items together.
        return make_aware(datetime.combine(item.date_published, time(9)))
