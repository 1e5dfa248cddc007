"""On a partner's page: the published stories whose path went through that partner."""

from portal.visibility import visible
from stories.home import CARD_TEMPLATE
from stories.images import card_image_prefetch

PARTNER_STORIES = 3


def for_partner(partner_page):
    from stories.models import StoryPage

    stories = list(
        visible(StoryPage.objects.filter(path_steps__page=partner_page))
        .distinct()
        .select_related("territory")
        .prefetch_related(card_image_prefetch())
        .order_by("-date_published", "-pk")[:PARTNER_STORIES]
    )
    for story in stories:
        story.card_template = CARD_TEMPLATE
    return stories
