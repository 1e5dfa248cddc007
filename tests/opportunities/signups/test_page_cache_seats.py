"""A sign-up refreshes what shows its seats (its page, the listings, the figures) and nothing else."""

import pytest

from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory
from opportunities.signups import booking
from portal.factories import StandardPageFactory
from portal.models import SiteIdentitySettings
from steering.models import ProgrammeSettings
from tests.opportunities.conftest import signup_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def pages(home_page, offer_index, company):
    offer = OfferPageFactory(parent=offer_index, title="Visite du port", slug="visite-du-port", company=company)
    other = OfferPageFactory(parent=offer_index, title="Journée au labo", slug="journee-au-labo", company=company)
    session = OfferSessionFactory(page=offer, seats=2)
    OfferSessionFactory(page=other, seats=5)
    standard = StandardPageFactory(parent=home_page, title="Le programme", slug="le-programme")
    SiteIdentitySettings.for_site(home_page.get_site())
    ProgrammeSettings.for_site(home_page.get_site())  # created on the first visit, which would empty the cache
    return {"offer": offer, "other": other, "session": session, "standard": standard}


def cached(client, url):
    return client.get(url)["X-Page-Cache"]


def test_a_sign_up_refreshes_its_offer_and_the_listings_not_the_rest(client, pages):
    urls = {
        "offer": pages["offer"].url,
        "listing": "/offres/",
        "home": "/",
        "other offer": pages["other"].url,
        "standard page": pages["standard"].url,
    }
    for url in urls.values():
        client.get(url)
    assert {name: cached(client, url) for name, url in urls.items()} == dict.fromkeys(urls, "hit")
    assert "<strong>2</strong> places libres" in client.get("/offres/").content.decode()

    booking.book(pages["session"], signup_data())

    after = {name: client.get(url) for name, url in urls.items()}
    assert {name: response["X-Page-Cache"] for name, response in after.items()} == {
        "offer": "miss",
        "listing": "miss",
        "home": "miss",
        "other offer": "hit",
        "standard page": "hit",
    }
    # Never stale: the new seat count shows at once.
    assert "<strong>1</strong> place libre" in after["listing"].content.decode()
    assert "<strong>2</strong> places libres" not in after["listing"].content.decode()


def test_publishing_still_refreshes_everything(client, pages):
    client.get(pages["standard"].url)
    client.get(pages["other"].url)
    pages["other"].title = "Journée au laboratoire"
    pages["other"].save_revision().publish()
    assert cached(client, pages["standard"].url) == "miss"
    assert "Journée au laboratoire" in client.get(pages["other"].url).content.decode()


def test_a_new_collegien_shows_at_once_in_the_home_figures(client, pages):
    from opportunities.signups.factories import SignUpFactory

    def collegiens():
        html = client.get("/").content.decode()
        return html.split("collégiens inscrits")[0].rsplit('<span class="figure__count">', 1)[1].split("<")[0]

    before = collegiens()
    assert client.get("/")["X-Page-Cache"] == "hit"
    SignUpFactory(slot=pages["session"], is_collegien=True, age=14, status="confirmed")
    assert int(collegiens()) == int(before) + 1


def test_a_sign_up_refreshes_its_company_and_neighbourhood_pages_not_the_directory(client, home_page, pages):
    from neighbourhoods.factories import NeighbourhoodIndexPageFactory
    from portal.factories import TerritoryFactory

    territory = TerritoryFactory(name="Les Lauriers")
    NeighbourhoodIndexPageFactory(parent=home_page)
    offer = pages["offer"]
    offer.territory = territory
    offer.save_revision().publish()
    company = offer.company
    urls = {"company": company.url, "neighbourhood": f"/quartiers/{territory.slug}/", "directory": "/partenaires/"}
    for url in urls.values():
        client.get(url)
    assert {name: cached(client, url) for name, url in urls.items()} == dict.fromkeys(urls, "hit")

    booking.book(pages["session"], signup_data())

    after = {name: client.get(url) for name, url in urls.items()}
    assert {name: response["X-Page-Cache"] for name, response in after.items()} == {
        "company": "miss",
        "neighbourhood": "miss",
        "directory": "hit",
    }
    for name in ("company", "neighbourhood"):
        assert "<strong>1</strong> place libre" in after[name].content.decode(), name


def test_a_gzip_client_gets_the_page_compressed_once_and_others_get_it_plain(client, pages):
    import gzip

    url = pages["standard"].url
    first = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert first["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in first["Vary"]
    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert again["X-Page-Cache"] == "hit" and again["Content-Encoding"] == "gzip"
    plain = client.get(url)
    assert not plain.has_header("Content-Encoding")
    assert gzip.decompress(again.content) == plain.content
    assert "Le programme" in plain.content.decode()
