"""The home and the public figures: at most 12 SQL queries whatever the size of the programme, also on the
request right after a sign-up (the figures are counted again then), and never stale."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from neighbourhoods.factories import NeighbourhoodIndexPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory, in_days
from partners_directory.factories import PartnerPageFactory
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage
from portal.demo_images import demo_image
from portal.factories import TerritoryFactory
from portal.models import SiteIdentitySettings, TerritoryKind
from steering.models import ProgrammeSettings
from stories.factories import StoryPageFactory
from stories.story_page import StoryPage
from tests.steering.conftest import IN_PERIOD, publish_at, sign_up

pytestmark = pytest.mark.django_db

URLS = ["/", "/le-programme/chiffres/", "/le-programme/chiffres/?territoire=pilot"]
MAX_QUERIES = 12


@pytest.fixture
def site_pages(programme, home_page):
    """What the home shows besides the figures: news and the neighbourhoods."""
    SiteIdentitySettings.for_site(programme["settings"].site)  # created on a first visit otherwise
    NeighbourhoodIndexPageFactory(parent=home_page)
    return {"news": NewsIndexPageFactory(parent=home_page)}


def grow(programme, site_pages, times, start):
    """More of everything the pages count or show: territories, stories with images, partners, offers with
    dates, news, sign-ups."""
    stories = StoryPage.objects.first().get_parent()
    partners = PartnerPage.objects.first().get_parent()
    offers = programme["stage"].page.get_parent()
    image = demo_image("Carte", seed="queries")
    for n in range(start, start + times):
        territory = TerritoryFactory(
            name=f"Quartier grandi {n}", kind=TerritoryKind.NEW if n % 2 else TerritoryKind.PILOT
        )
        story = StoryPageFactory(parent=stories, territory=territory, main_image=image, main_image_alt="Formes")
        publish_at(story, IN_PERIOD)
        company = PartnerPageFactory(parent=partners, kind=PartnerKind.COMPANY, territory=territory)
        PartnerPageFactory(parent=partners, kind=PartnerKind.ASSOCIATION, territory=territory)
        offer = OfferPageFactory(parent=offers, company=company, territory=territory)
        session = OfferSessionFactory(page=offer, seats=30, date=in_days(10 + n))
        NewsPageFactory(parent=site_pages["news"], main_image=image, main_image_alt="Formes")
        for person in range(3):
            sign_up(session, f"jeune{n}-{person}@example.org")


def queries(client, url, session):
    """The queries of a warm request, and of the request right after a sign-up for `session`."""
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as warm:
        assert client.get(url).status_code == 200
    sign_up(session, f"nouveau-{len(connection.queries_log)}@example.org")
    with CaptureQueriesContext(connection) as after_sign_up:
        assert client.get(url).status_code == 200
    return len(warm), len(after_sign_up)


@pytest.mark.parametrize("url", URLS)
def test_queries_do_not_grow_with_the_programme(client, programme, site_pages, url):
    grow(programme, site_pages, 1, start=0)
    small = queries(client, url, programme["visit"])
    grow(programme, site_pages, 6, start=1)
    large = queries(client, url, programme["visit"])

    assert small == large
    assert max(large) <= MAX_QUERIES, large


def young_people_reached(html):
    return re.findall(r'<span class="figure__count">([^<]+)</span>', html)


def test_figures_count_a_new_sign_up_and_a_new_story_at_once(client, programme):
    """The page cache is off (test settings): the counted figures are cached on their own, and refreshed."""
    assert young_people_reached(client.get("/le-programme/chiffres/").content.decode()) == [
        "2",
        "1",
        "2",
        "moins de 5",
        "5",
        "0",
    ]
    home_before = young_people_reached(client.get("/").content.decode())
    assert home_before == ["2", "1", "2", "2", "5"]

    sign_up(programme["visit"], "nouvelle@example.org", collegien=False, age=20)
    assert young_people_reached(client.get("/le-programme/chiffres/").content.decode())[4] == "6"
    assert young_people_reached(client.get("/").content.decode())[4] == "6"

    story = StoryPageFactory(parent=StoryPage.objects.first().get_parent(), territory=programme["arles"])
    publish_at(story, IN_PERIOD)  # in the programme's period (no signal: the creation changed the content)
    assert young_people_reached(client.get("/").content.decode())[0] == "3"


def test_a_first_visit_writes_no_settings(client, home_page):
    assert client.get("/").status_code == 200
    assert client.get("/le-programme/chiffres/").status_code == 200
    assert not ProgrammeSettings.objects.exists()  # shown with the defaults, nothing written
    assert "/ 2200" in client.get("/").content.decode()
