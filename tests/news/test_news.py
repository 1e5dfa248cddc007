"""Actualités: the index, a news item, its feed, the home page, search and the sitemap."""

import json
import re

import feedparser
import pytest

from news.models import NewsIndexPage, NewsPage
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory
from portal.factories import TerritoryFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def test_tree_rules(home_page, news_index):
    assert NewsIndexPage.can_exist_under(home_page)
    assert NewsPage.can_exist_under(news_index)
    assert not NewsPage.can_exist_under(home_page)
    assert NewsPage.allowed_subpage_models() == []


def test_index_lists_published_news_most_recent_first(client, make_news):
    make_news("Forum emploi : 200 jeunes", days_ago=5)
    make_news("Nouveau partenaire à Tarascon", days_ago=1)
    draft = make_news("Brouillon")
    draft.unpublish()

    html = client.get("/actualites/").content.decode()

    assert html.index("Nouveau partenaire à Tarascon") < html.index("Forum emploi : 200 jeunes")
    assert "Brouillon" not in html


def test_index_query_count_does_not_grow_with_the_news(client, make_news, django_assert_max_num_queries):
    for number in range(3):
        make_news(f"Actualité {number}", tags=["forum"])
    client.get("/actualites/")
    with django_assert_max_num_queries(12) as few:
        client.get("/actualites/")
    for number in range(3, 12):
        make_news(f"Actualité {number}", tags=["forum"])
    with django_assert_max_num_queries(len(few)):
        client.get("/actualites/")


def test_tag_filter_keeps_only_that_tag(client, make_news):
    make_news("Le forum de Malpassé", tags=["forum"])
    make_news("Cent histoires", tags=["chiffres"])

    html = client.get("/actualites/?tag=forum").content.decode()

    assert "Le forum de Malpassé" in html
    assert "Cent histoires" not in html


def test_rss_feed_is_valid_rss_2(client, make_news):
    make_news("Forum emploi : 200 jeunes", summary="Un beau succès au gymnase.")

    response = client.get("/actualites/rss/")
    feed = feedparser.parse(response.content)

    assert response["Content-Type"].startswith("application/rss+xml")
    assert not feed.bozo
    assert feed.version == "rss20"
    [entry] = feed.entries
    assert entry.title == "Forum emploi : 200 jeunes"
    assert entry.summary == "Un beau succès au gymnase."
    assert entry.link == "http://testserver/actualites/forum-emploi-200-jeunes/"


def test_news_item_shows_related_story_and_offer_and_share_links(client, home_page, make_news):
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page), title="Du banc au quai")
    offer = OfferPageFactory(parent=OfferIndexPageFactory(parent=home_page), title="Visite du port")
    news = make_news("Retour sur le forum", territory=TerritoryFactory(name="Malpassé"))
    news.related_links.create(page=story)
    news.related_links.create(page=offer)
    news.save_revision().publish()

    html = client.get(news.url).content.decode()

    assert f'href="{story.url}"' in html and f'href="{offer.url}"' in html
    assert "https://wa.me/?text=" in html
    assert all(src.startswith("/static/") for src in re.findall(r'<script[^>]+src="([^"]+)"', html))
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "NewsArticle"
    assert data["contentLocation"]["name"] == "Malpassé"


def test_news_item_open_graph_image_is_a_drawn_card(client, make_news):
    news = make_news("Cent histoires publiées")

    html = client.get(news.url).content.decode()

    assert re.search(r'<meta property="og:image" content="http://testserver/media/og-cards/[^"]+\.png">', html)
    assert '<meta property="og:image:height" content="630">' in html


def test_home_shows_the_latest_news(client, make_news):
    make_news("Plus ancienne", days_ago=30)
    for number in range(3):
        make_news(f"Récente {number}", days_ago=number)

    html = client.get("/").content.decode()

    assert "Actualités" in html and "Récente 0" in html and "Récente 2" in html
    assert "Plus ancienne" not in html


def test_news_are_in_search_and_sitemap(client, make_news):
    news = make_news("Forum des métiers du numérique")

    results = client.get("/recherche/?q=numérique&type=actualite").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "Forum des métiers du numérique" in results
    assert news.full_url in sitemap
