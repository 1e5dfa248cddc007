"""« Autour de moi » in SQL (a bounding box, then exact distances) and the GeoJSON feed's conditional GET."""

import random
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from partners_directory.factories import PartnerPageFactory
from partners_directory.geo import Bbox, distance_km
from portal.links import PageUrls

pytestmark = pytest.mark.django_db
HERE = (43.30, 5.40)


@pytest.fixture
def scattered(partner_index):
    rng = random.Random(20)
    partners = []
    for number in range(45):
        # From a few hundred metres to about 150 km away, and two without a position.
        lat = Decimal(f"{HERE[0] + rng.uniform(-1.2, 1.2):.6f}")
        lon = Decimal(f"{HERE[1] + rng.uniform(-1.5, 1.5):.6f}")
        partners.append(
            PartnerPageFactory(parent=partner_index, title=f"Lieu {number:02d}", latitude=lat, longitude=lon)
        )
    for number in range(2):
        partners.append(
            PartnerPageFactory(parent=partner_index, title=f"Sans position {number}", latitude=None, longitude=None)
        )
    return partners


def listed(client, page):
    response = client.get("/partenaires/", {"lat": HERE[0], "lon": HERE[1], "page": page})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".partner-item__title a")]


def test_near_me_lists_every_partner_nearest_first_page_after_page(client, scattered):
    expected = sorted(
        (distance_km(*HERE, p.latitude, p.longitude), p.title) for p in scattered if p.latitude is not None
    )
    expected = [title for _, title in expected] + ["Sans position 0", "Sans position 1"]
    shown = listed(client, 1) + listed(client, 2) + listed(client, 3)
    assert shown == expected


def test_the_box_holds_every_point_within_its_radius():
    rng = random.Random(3)
    for _ in range(200):
        lat, lon, radius = rng.uniform(-70, 70), rng.uniform(-179, 179), rng.choice([1, 5, 40, 300])
        box = Bbox.around(lat, lon, radius)
        for _ in range(20):
            p_lat, p_lon = lat + rng.uniform(-5, 5), lon + rng.uniform(-5, 5)
            if distance_km(lat, lon, p_lat, p_lon) <= radius and -180 <= p_lon <= 180:
                inside_lon = (
                    box.min_lon <= p_lon <= box.max_lon
                    if box.min_lon <= box.max_lon
                    else (p_lon >= box.min_lon or p_lon <= box.max_lon)
                )
                assert box.min_lat <= p_lat <= box.max_lat and inside_lon


def test_page_urls_are_wagtails_own(partner_index):
    pages = [
        PartnerPageFactory(parent=partner_index, title="Maison des élèves", slug="maison-des-élèves"),
        PartnerPageFactory(parent=partner_index, title="Mission locale", slug="mission-locale"),
    ]
    request = RequestFactory().get("/", SERVER_NAME="localhost")
    urls = PageUrls(request)
    for page in pages:
        assert urls(page.url_path) == page.get_url(request)
    assert urls(partner_index.url_path) == partner_index.get_url(request)


def test_geojson_is_compact_and_304_while_nothing_changed(client, scattered):
    first = client.get("/api/partenaires.geojson")
    assert first.status_code == 200
    assert b", " not in first.content and b'": ' not in first.content
    assert len(first.json()["features"]) == 45
    assert client.get("/api/partenaires.geojson", headers={"If-None-Match": first["ETag"]}).status_code == 304
    scattered[0].title = "Lieu renommé"
    scattered[0].save_revision().publish()
    changed = client.get("/api/partenaires.geojson", headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert "Lieu renommé" in {f["properties"]["name"] for f in changed.json()["features"]}
    scattered[1].unpublish()
    assert (
        len(client.get("/api/partenaires.geojson", headers={"If-None-Match": changed["ETag"]}).json()["features"])
        == 44
    )
