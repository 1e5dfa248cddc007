import geojson
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners_directory.factories import PartnerPageFactory

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
