"""What other pages show of the news: the home page's "Actualités" (and the letter's latest news)."""

from news.news_page import NewsPage
from portal.visibility import visible
from stories.images import card_image_prefetch

HOME_NEWS = 3


def latest_news(home_page, how_many=HOME_NEWS):
    return list(
        visible(NewsPage.objects.all())
        .select_related("territory")
        .prefetch_related(card_image_prefetch())
        .order_by("-date_published", "-pk")[:how_many]
    )
