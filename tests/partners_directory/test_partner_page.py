import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners_directory.factories import PartnerPageFactory, PartnerServiceFactory
from partners_directory.partner_page import PARTNER_SECTIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(partner_index, territory):
    page = PartnerPageFactory(
        parent=partner_index,
        title="Mission locale Nord",
        kind="france_travail",
        territory=territory,
        summary="Accueil des 16-25 ans.",
        description="<p>Un conseiller <b>pour toi</b>.</p>",
        phone="04 65 71 12 34",
        email="contact@impact-jeunes.example",
        website="https://ml-nord.impact-jeunes.example/",
        opening_hours="Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00",
        accessibility="Accessible en fauteuil roulant.",
        publics=["jeunes"],
        themes=["se-former--trouver-sa-formation"],
    )
    PartnerServiceFactory(partner=page, name="Atelier CV", reception_modes=["a-distance"])
    return page


def test_partner_page_shows_contact_hours_services_and_map(client, partner):
    response = client.get("/partenaires/mission-locale-nord/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    text = soup.get_text(" ", strip=True)
    assert "Un conseiller pour toi" in text
    assert soup.find("a", href="tel:0465711234")
    assert soup.find("a", href="mailto:contact@impact-jeunes.example")
    hours = [tag.get_text(strip=True) for tag in soup.select(".partner-hours dt, .partner-hours dd")]
    assert hours == ["Du lundi au vendredi", "9 h – 12 h, 14 h – 17 h", "Samedi", "9 h – 12 h"]
    assert "Accessible en fauteuil roulant." in text
    assert "Atelier CV" in text and "À distance" in text
    assert "Trouver sa formation" in text
    small_map = soup.find(attrs={"data-partner-point": True})
    assert (small_map["data-lat"], small_map["data-lon"]) == ("43.329500", "5.418000")


def test_plain_text_hours_are_shown_as_typed(client, partner):
    partner.opening_hours = "Sur rendez-vous le mercredi"
    partner.save()
    assert "Sur rendez-vous le mercredi" in client.get(partner.url).content.decode()


def test_json_ld_describes_the_organisation(client, partner):
    soup = BeautifulSoup(client.get(partner.url).content, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Mission locale Nord"
    assert data["address"]["postalCode"] == "13013"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 43.3295, "longitude": 5.418}


class Card:
    card_template = "partners_directory/sections/test_card.html"

    def __init__(self, title):
        self.title = title


def test_sections_come_from_other_apps_and_hide_when_empty(client, partner, monkeypatch, settings, tmp_path):
    (tmp_path / "partners_directory" / "sections").mkdir(parents=True)
    (tmp_path / "partners_directory" / "sections" / "test_card.html").write_text("<p>{{ item.title }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    monkeypatch.setitem(PARTNER_SECTIONS.fillers, "next_offers", lambda page: [Card(f"Stage chez {page.title}")])
    monkeypatch.setitem(PARTNER_SECTIONS.fillers, "stories", lambda page: [])
    html = client.get(partner.url).content.decode()
    assert "Ses prochaines offres" in html and "Stage chez Mission locale Nord" in html
    assert "Des histoires qui en parlent" not in html
    assert "Ses prochaines dates" not in html


def test_partner_page_queries_do_not_grow(client, partner_index, partner):
    client.get(partner.url)
    with CaptureQueriesContext(connection) as few:
        client.get(partner.url)
    for number in range(40):
        PartnerPageFactory(parent=partner_index, title=f"Autre {number}", latitude=Decimal("43.3"))
        PartnerServiceFactory(partner=partner)
    with CaptureQueriesContext(connection) as many:
        client.get(partner.url)
    assert len(many) <= len(few)
