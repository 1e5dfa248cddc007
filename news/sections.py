"""What other pages show of the news: the home page's "Actualités" (and the letter's latest news)."""

from news.news_page import NewsPage
from portal.visibility import visible
from stories.images import with_card_images

HOME_NEWS = 3


def latest_news(home_page, how_many=HOME_NEWS):
    news = with_card_images(visible(NewsPage.objects.all()).select_related("territory"))
    return list(news.order_by("-date_published", "-pk")[:how_many])
