"""RSS 2.0 feed of the published news, at /actualites/rss/."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import feedgenerator
from django.utils.timezone import make_aware

FEED_SIZE = 30


class NewsFeed(Feed):
    feed_type = feedgenerator.Rss201rev2Feed
    language = "fr"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        return "Impact Jeunes : les actualités"

    def link(self):
        return self.index_page.url

    def description(self):
        return self.index_page.intro or "Les nouvelles du programme Impact Jeunes."

    def items(self):
        return self.index_page.published_news().order_by("-date_published", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return make_aware(datetime.combine(item.date_published, time(9)))

    def item_categories(self, item):
        return [item.get_category_display()]
