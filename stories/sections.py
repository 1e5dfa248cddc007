"""What other pages show of the stories: the home page's "Belles histoires", a partner's stories.

Each story renders with `CARD_TEMPLATE`.
"""

from portal.visibility import visible
from stories.images import with_card_images
from stories.story_page import StoryPage

HOME_STORIES = 3
PARTNER_STORIES = 3
CARD_TEMPLATE = "stories/includes/story_card.html"


def _as_cards(stories):
    stories = list(with_card_images(stories.select_related("territory")))
    for story in stories:
        story.card_template = CARD_TEMPLATE
    return stories


def featured_stories(home_page):
    """The editors' featured stories, the most recent otherwise."""
    return _as_cards(visible(StoryPage.objects.all()).order_by("-featured", "-date_published", "-pk")[:HOME_STORIES])


def for_partner(partner_page):
    """The published stories whose path went through that partner."""
    stories = visible(StoryPage.objects.filter(path_steps__page=partner_page)).distinct()
    return _as_cards(stories.order_by("-date_published", "-pk")[:PARTNER_STORIES])


def for_territory(territory, limit=PARTNER_STORIES):
    """The latest published stories of young people from that territory (a neighbourhood's page)."""
    return _as_cards(visible(StoryPage.objects.filter(territory=territory)).order_by("-date_published", "-pk")[:limit])
