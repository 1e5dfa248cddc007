"""The home page's "Actualités" slot (see portal/home_sections.py): the latest news."""

from portal.visibility import visible
from stories.images import card_image_prefetch

HOME_NEWS = 3


def latest_news(home_page, how_many=HOME_NEWS):
    from news.models import NewsPage

    return list(
        visible(NewsPage.objects.all())
        .select_related("territory")
        .prefetch_related(card_image_prefetch())
        .order_by("-date_published", "-pk")[:how_many]
    )
