"""RSS 2.0 feed of the published stories, at /histoires/rss/."""

from portal.feeds import PageFeed


class StoryFeed(PageFeed):
    feed_title = "Impact Jeunes : les belles histoires"
    default_description = "Des jeunes des quartiers racontent leur parcours."

    def published_items(self):
        return self.index_page.published_stories().select_related("territory")

    def item_title(self, item):
        return f"{item.title} ({item.who}, {item.territory.name})"

    def item_categories(self, item):
        return [item.get_profile_display(), item.get_outcome_display()]
