"""The home page's "Belles histoires": the editors' featured stories, the most recent otherwise."""

from portal.visibility import visible
from stories.images import card_image_prefetch

HOME_STORIES = 3
CARD_TEMPLATE = "stories/includes/story_card.html"


def featured_stories(home_page):
    from stories.models import StoryPage

    stories = list(
        visible(StoryPage.objects.all())
        .select_related("territory")
        .prefetch_related(card_image_prefetch())
        .order_by("-featured", "-date_published", "-pk")[:HOME_STORIES]
    )
    for story in stories:
        story.card_template = CARD_TEMPLATE
    return stories
