import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners_directory.factories import PartnerPageFactory, PartnerServiceFactory
from portal.factories import TerritoryFactory

pytestmark = pytest.mark.django_db

JOB = "trouver-un-emploi--repondre-a-des-offres-demploi"
TRAINING = "se-former--trouver-sa-formation"


def listed(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".partner-list .partner-item__title a")]


def mapped(response):
    soup = BeautifulSoup(response.content, "html.parser")
    data = json.loads(soup.find("script", id="partners-map-data").string)
    return sorted(feature["properties"]["name"] for feature in data["features"])


@pytest.fixture
def partners(partner_index):
    tarascon = TerritoryFactory(name="Ferrages", slug="ferrages", commune="Tarascon")
    return {
        "ml": PartnerPageFactory(
            parent=partner_index,
            title="Mission locale Nord",
            kind="mission_locale",
            themes=[JOB, TRAINING],
            publics=["jeunes"],
            summary="Un conseiller pour trouver un métier.",
        ),
        "pij": PartnerPageFactory(
            parent=partner_index,
            title="Point info jeunes Tarascon",
            kind="pij",
            themes=[TRAINING],
            publics=["etudiants"],
            territory=tarascon,
            commune="Tarascon",
            latitude=Decimal("43.805200"),
            longitude=Decimal("4.659500"),
        ),
        "company": PartnerPageFactory(
            parent=partner_index, title="Batimed", kind="company", themes=[], publics=["jeunes"]
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Batimed", "Mission locale Nord", "Point info jeunes Tarascon"]),
        ("type=pij", ["Point info jeunes Tarascon"]),
        (f"thematique={TRAINING}", ["Mission locale Nord", "Point info jeunes Tarascon"]),
        ("thematique=trouver-un-emploi", ["Mission locale Nord"]),
        ("public=jeunes", ["Batimed", "Mission locale Nord"]),
        ("territoire=ferrages", ["Point info jeunes Tarascon"]),
        (f"public=jeunes&thematique={TRAINING}", ["Mission locale Nord"]),
        ("q=conseiller", ["Mission locale Nord"]),
        ("q=metier", ["Mission locale Nord"]),
    ],
)
def test_filters_give_the_same_results_in_the_list_and_on_the_map(client, partners, query, expected):
    response = client.get(f"/partenaires/?{query}")
    assert response.status_code == 200
    assert listed(response) == expected
    assert mapped(response) == expected
    geojson = client.get(f"/api/partenaires.geojson?{query}").json()
    assert sorted(feature["properties"]["name"] for feature in geojson["features"]) == expected


def test_page_works_without_javascript(client, partners):
    soup = BeautifulSoup(client.get("/partenaires/").content, "html.parser")
    form = soup.find("form", attrs={"data-partner-filters": True})
    assert form["method"] == "get"
    assert form.find("fieldset").find("legend")
    for name in ("q", "type", "thematique", "public", "territoire"):
        field = form.find(attrs={"name": name})
        assert soup.find("label", attrs={"for": field["id"]}), name
    # The map is revealed by JavaScript only; the list is a real list under a heading.
    assert soup.find(id="carte-partenaires").has_attr("hidden")
    assert soup.find(id="carte-partenaires")["aria-label"]
    assert soup.find("a", class_="skip-link")["href"] == "#liste-partenaires"
    assert soup.find(id="liste-partenaires").name == "h2"
    assert soup.select("ol.partner-list > li h3")


def test_unknown_filter_value_is_ignored_with_a_message(client, partners):
    response = client.get("/partenaires/?type=inconnu&public=jeunes")
    assert listed(response) == ["Batimed", "Mission locale Nord"]
    assert "n'a pas été compris" in response.content.decode()


def test_near_me_sorts_by_distance_and_shows_it(client, partners):
    response = client.get("/partenaires/?lat=43.8050&lon=4.6600")
    assert listed(response)[0] == "Point info jeunes Tarascon"
    html = response.content.decode()
    assert "triés du plus proche" in html
    soup = BeautifulSoup(response.content, "html.parser")
    first = soup.select_one(".partner-list .card__meta").get_text()
    assert "à " in first and " m" in first
    assert "km" in soup.select(".partner-list .card__meta")[-1].get_text()


def test_list_is_paginated_with_the_filters_kept(client, partner_index):
    for number in range(25):
        PartnerPageFactory(parent=partner_index, title=f"Asso {number:02d}", kind="association")
    response = client.get("/partenaires/?type=association&page=2")
    assert len(listed(response)) == 5
    assert len(mapped(response)) == 25
    assert 'href="?type=association&amp;page=1#liste-partenaires"' in response.content.decode()


def test_unpublished_and_private_partners_are_not_shown(client, partners):
    partners["company"].unpublish()
    response = client.get("/partenaires/")
    assert "Batimed" not in listed(response)
    assert "Batimed" not in mapped(response)


def test_embed_variant_can_be_framed_and_has_no_header(client, partners):
    normal = client.get("/partenaires/")
    assert normal["X-Frame-Options"] == "DENY"
    assert "site-header" in normal.content.decode()
    embed = client.get("/partenaires/?embed=1")
    assert "X-Frame-Options" not in embed
    soup = BeautifulSoup(embed.content, "html.parser")
    assert not soup.select(".site-header, .site-footer")
    assert soup.find("input", attrs={"name": "embed", "value": "1"})
    assert all(form["method"] == "get" for form in soup.find_all("form"))
    assert soup.select_one(".partner-item__title a")["target"] == "_blank"
    assert client.get(partners["ml"].url + "?embed=1")["X-Frame-Options"] == "DENY"


def _make_partners(parent, count, start=0):
    for number in range(start, start + count):
        partner = PartnerPageFactory(parent=parent, title=f"Partenaire {number:03d}")
        PartnerServiceFactory(partner=partner)


@pytest.mark.parametrize("query", ["", "thematique=choisir-un-metier&lat=43.3&lon=5.4", "q=partenaire"])
def test_map_page_queries_do_not_grow_with_partners(client, partner_index, django_assert_max_num_queries, query):
    _make_partners(partner_index, 5)
    client.get(f"/partenaires/?{query}")
    with CaptureQueriesContext(connection) as few:
        client.get(f"/partenaires/?{query}")
    # 12 at most once the site chrome and view restrictions are cached (bench/probe.py counts them so);
    # the tests' cache starts cold at each write, hence three more here.
    assert len(few) <= 12 + 3
    _make_partners(partner_index, 45, start=5)
    with django_assert_max_num_queries(len(few)):
        response = client.get(f"/partenaires/?{query}")
    assert len(mapped(response)) == 50


def test_many_results_let_the_map_fetch_the_feed_with_the_same_filters(client, partner_index, monkeypatch):
    monkeypatch.setattr("partners_directory.listing.INLINE_MAP_LIMIT", 3)
    for number in range(5):
        PartnerPageFactory(parent=partner_index, title=f"Asso {number}", kind="association")
    PartnerPageFactory(parent=partner_index, title="Batimed", kind="company")
    response = client.get("/partenaires/?type=association&page=1")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("script", id="partners-map-data") is None
    feed_url = soup.find(id="carte-partenaires")["data-geojson-url"]
    assert feed_url == "/api/partenaires.geojson?type=association"
    names = sorted(feature["properties"]["name"] for feature in client.get(feed_url).json()["features"])
    assert names == [f"Asso {number}" for number in range(5)]
    few = BeautifulSoup(client.get("/partenaires/?type=company").content, "html.parser")
    assert not few.find(id="carte-partenaires").has_attr("data-geojson-url")
    assert few.find("script", id="partners-map-data")


def test_inline_map_data_cannot_close_its_script_element(client, partner_index):
    name = 'Asso </script><script>alert("x")</script> & Cie'
    PartnerPageFactory(parent=partner_index, title=name, slug="asso-et-cie")
    response = client.get("/partenaires/")
    assert b"</script><script>alert" not in response.content
    assert mapped(response) == [name]
