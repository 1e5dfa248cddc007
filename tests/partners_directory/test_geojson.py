import gzip
import json
import random
from decimal import Decimal

import geojson
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from partners_directory.factories import PartnerPageFactory
from partners_directory.kinds import PartnerKind
from partners_directory.vocabularies import THEME_CHOICES

pytestmark = pytest.mark.django_db

URL = "/api/partenaires.geojson"


@pytest.fixture
def partners(partner_index):
    return [
        PartnerPageFactory(
            parent=partner_index,
            title="Centre social Malpassé",
            kind="social_centre",
            latitude="43.328000",
            longitude="5.420900",
        ),
        PartnerPageFactory(
            parent=partner_index,
            title="PIJ Tarascon",
            kind="pij",
            latitude="43.805200",
            longitude="4.659500",
            themes=["se-former--trouver-sa-formation"],
        ),
        PartnerPageFactory(parent=partner_index, title="Sans position", latitude=None, longitude=None),
    ]


def test_feed_is_a_valid_rfc7946_feature_collection(client, partners):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    collection = geojson.loads(response.content.decode())
    assert isinstance(collection, geojson.FeatureCollection)
    assert collection.is_valid, collection.errors()
    by_name = {feature["properties"]["name"]: feature for feature in collection["features"]}
    assert set(by_name) == {"Centre social Malpassé", "PIJ Tarascon"}
    pij = by_name["PIJ Tarascon"]
    assert pij["geometry"]["coordinates"] == [4.6595, 43.8052]  # [longitude, latitude]
    assert pij["properties"] == {
        "name": "PIJ Tarascon",
        "kind": "pij",
        "kind_label": "Point information jeunesse (PIJ)",
        "url": "/partenaires/pij-tarascon/",
        "commune": "Marseille",
        "themes": ["se-former--trouver-sa-formation"],
    }


def test_bbox_keeps_partners_inside_the_box(client, partners):
    marseille = client.get(URL, {"bbox": "5.2,43.2,5.6,43.4"}).json()
    assert [feature["properties"]["name"] for feature in marseille["features"]] == ["Centre social Malpassé"]
    combined = client.get(URL, {"bbox": "4,43,6,44", "type": "pij"}).json()
    assert [feature["properties"]["name"] for feature in combined["features"]] == ["PIJ Tarascon"]


@pytest.mark.parametrize("bbox", ["5.2,43.2,5.6", "a,b,c,d", "5,43,6,nan", "5,95,6,96", "5,44,6,43", "200,43,6,44"])
def test_bad_bbox_is_refused_in_french(client, partners, bbox):
    response = client.get(URL, {"bbox": bbox})
    assert response.status_code == 400
    assert "bbox" in response.json()["erreur"]


def test_unpublished_partner_disappears_from_the_cached_feed(client, partners, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get(URL)
    assert client.get(URL)["X-Page-Cache"] == "hit"
    assert len(first.json()["features"]) == 2
    partners[1].unpublish()
    after = client.get(URL)
    assert [feature["properties"]["name"] for feature in after.json()["features"]] == ["Centre social Malpassé"]


def test_feed_queries_do_not_grow_with_partners(client, partner_index, partners):
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for number in range(45):
        PartnerPageFactory(parent=partner_index, title=f"Asso {number}")
    client.get(URL)  # publishing cleared the cached view restrictions: compare warm with warm
    with CaptureQueriesContext(connection) as many:
        response = client.get(URL)
    assert len(response.json()["features"]) == 47
    assert len(many) <= len(few)


def test_each_feature_has_its_id_and_point_and_near_a_position_its_distance(client, partners):
    collection = geojson.loads(client.get(URL, {"lat": "43.3", "lon": "5.4"}).content.decode())
    assert collection.is_valid, collection.errors()
    by_name = {feature["properties"]["name"]: feature for feature in collection["features"]}
    malpasse, pij = by_name["Centre social Malpassé"], by_name["PIJ Tarascon"]
    assert malpasse["id"] == partners[0].pk and pij["id"] == partners[1].pk
    assert malpasse["geometry"] == {"type": "Point", "coordinates": [5.4209, 43.328]}
    assert malpasse["properties"]["distance"] == "3,5 km"
    assert pij["properties"]["distance"] == "82 km"
    assert set(pij["properties"]) == {"name", "kind", "kind_label", "url", "commune", "themes", "distance"}


def test_positions_keep_five_decimals(client, partner_index):
    PartnerPageFactory(parent=partner_index, latitude=Decimal("43.123456"), longitude=Decimal("5.400004"))
    (feature,) = client.get(URL).json()["features"]
    assert feature["geometry"]["coordinates"] == [5.4, 43.12346]


def test_themes_are_stored_and_sent_in_the_vocabulary_order(client, partner_index):
    codes = [code for code, _label in THEME_CHOICES][:3]
    partner = PartnerPageFactory(parent=partner_index, themes=list(reversed(codes)))
    partner.refresh_from_db()
    assert partner.themes == codes
    (feature,) = client.get(URL).json()["features"]
    assert feature["properties"]["themes"] == codes


def test_a_partner_costs_few_bytes_in_the_feed(client, partner_index):
    # The feed carries every partner: 150 KB gzipped must hold the programme's 5,000 and more
    # (27 bytes each at bench scale). What one more partner costs: the east half of the box added
    # to the west half.
    rng = random.Random(20)
    codes = [code for code, _label in THEME_CHOICES]
    names = ["Mission locale – antenne", "Centre social", "Association Félix Pyat", "EPIDE – centre", "Batimed"]
    for number in range(60):
        name = rng.choice(names)
        PartnerPageFactory(
            parent=partner_index,
            title=name,
            slug=f"{slugify(name)}-{number}",
            kind=rng.choice(PartnerKind.values),
            latitude=Decimal(f"{43.3 + rng.uniform(-0.1, 0.1):.6f}"),
            longitude=Decimal(f"{5.3 + number // 30 * 0.2 + rng.uniform(0, 0.1):.6f}"),
            themes=rng.sample(codes, rng.randint(1, 4)),
        )
    body = client.get(URL).content
    assert json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":")).encode() == body  # no spaces
    west = client.get(URL, {"bbox": "5.2,43,5.45,44"}).content
    assert len(json.loads(west)["features"]) == 30
    assert (len(gzip.compress(body)) - len(gzip.compress(west))) / 30 < 40
