"""/quartiers/ and /quartiers/<slug>/: who to meet, next dates, offers, partners and stories of one territory."""

import html
import re

import pytest

from neighbourhoods.factories import BoosterFactory, NeighbourhoodIndexPageFactory
from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def text_of(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def neighbourhoods(home_page):
    return NeighbourhoodIndexPageFactory(parent=home_page)


@pytest.fixture
def lauriers_content(home_page, territories, neighbourhoods):
    lauriers, pyat = territories
    BoosterFactory(territory=lauriers, name="Nadia Belkacem", permanence="le mardi, 14 h – 17 h")
    BoosterFactory(territory=pyat, name="Karim Ouali")
    BoosterFactory(territory=lauriers, name="Ancien booster", is_active=False)
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, title="Permanence emploi des Lauriers", territory=lauriers)
    EventPageFactory(parent=events, title="Forum de Félix Pyat", territory=pyat)
    partners = PartnerIndexPageFactory(parent=home_page)
    PartnerPageFactory(parent=partners, title="Centre social des Lauriers", territory=lauriers)
    PartnerPageFactory(parent=partners, title="Centre social Saint-Mauront", territory=pyat)
    offers = OfferIndexPageFactory(parent=home_page)
    OfferSessionFactory(page=OfferPageFactory(parent=offers, title="Visite du port", territory=lauriers))
    OfferSessionFactory(page=OfferPageFactory(parent=offers, title="Visite de la gare", territory=pyat))
    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=stories, title="L'histoire de Yanis", territory=lauriers)
    StoryPageFactory(parent=stories, title="L'histoire de Lina", territory=pyat)
    return lauriers


def test_the_neighbourhood_page_shows_its_own_territory_only(client, lauriers_content):
    response = client.get(f"/quartiers/{lauriers_content.slug}/")
    assert response.status_code == 200
    text = text_of(response)
    for shown in (
        "Nadia Belkacem",
        "le mardi, 14 h – 17 h",
        "Permanence emploi des Lauriers",
        "Visite du port",
        "Centre social des Lauriers",
        "L'histoire de Yanis",
    ):
        assert shown in text
    hidden_items = (
        "Karim Ouali",
        "Ancien booster",
        "Forum de Félix Pyat",
        "Visite de la gare",
        "Saint-Mauront",
        "Lina",
    )
    for hidden in hidden_items:
        assert hidden not in text
    assert f"/besoin-d-aide/?quartier={lauriers_content.slug}" in text
    assert "https://wa.me/" in text  # share links built on the server
    assert f'<link rel="canonical" href="http://testserver/quartiers/{lauriers_content.slug}/">' in text
    # Shared in a messaging app, the link names the neighbourhood, not the list of neighbourhoods.
    title = re.search(r'<meta property="og:title" content="([^"]+)">', text).group(1)
    assert lauriers_content.name in title and title != "Nos quartiers"


def test_an_unknown_neighbourhood_is_404(client, neighbourhoods):
    assert client.get("/quartiers/nulle-part/").status_code == 404


def test_the_index_lists_every_territory_with_its_booster(client, lauriers_content, territories):
    text = text_of(client.get("/quartiers/"))
    for territory in territories:
        assert f"/quartiers/{territory.slug}/" in text
    assert "Nadia Belkacem" in text and "Ancien booster" not in text


def test_every_neighbourhood_is_in_the_sitemap(client, neighbourhoods, territories):
    sitemap = client.get("/sitemap.xml").content.decode()
    for territory in territories:
        assert f"<loc>http://testserver/quartiers/{territory.slug}/</loc>" in sitemap


def test_the_home_lists_the_neighbourhoods_and_links_to_help(client, home_page, territories, neighbourhoods):
    text = text_of(client.get("/"))
    assert "/besoin-d-aide/" in text
    assert f"/quartiers/{territories[0].slug}/" in text


def test_every_story_and_the_404_page_link_to_help(client, home_page, territories):
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page), territory=territories[0])
    text = text_of(client.get(story.url))
    assert "Toi aussi ?" in text and f"/besoin-d-aide/?quartier={territories[0].slug}" in text
    assert "/besoin-d-aide/" in text_of(client.get("/cette-page-n-existe-pas/"))


def test_the_neighbourhood_page_query_count_does_not_grow(client, lauriers_content, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        client.get(f"/quartiers/{lauriers_content.slug}/")
