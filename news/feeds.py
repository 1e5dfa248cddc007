"""RSS 2.0 feed of the published news, at /actualites/rss/."""

from portal.feeds import PageFeed


class NewsFeed(PageFeed):
    feed_title = "Impact Jeunes : les actualités"
    default_description = "Les nouvelles du programme Impact Jeunes."

    def published_items(self):
        return self.index_page.published_news()

    def item_categories(self, item):
        return [item.get_category_display()]
