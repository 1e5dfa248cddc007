from decimal import Decimal

import pytest
from data_inclusion.schema import v1
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from partners_directory.factories import PartnerPageFactory, PartnerServiceFactory
from partners_directory.models import PartnerIndexPage, PartnerPage, PartnerService
from partners_directory.vocabularies import PUBLIC_CHOICES, THEME_CHOICES

pytestmark = pytest.mark.django_db


def test_vocabularies_come_from_the_data_inclusion_package():
    assert [value for value, _label in THEME_CHOICES] == [theme.value for theme in v1.Thematique]
    assert dict(PUBLIC_CHOICES)["jeunes"] == v1.Public.JEUNES.label
    field = PartnerPage._meta.get_field("networks")
    assert {value for value, _label in field.choices_list} == {network.value for network in v1.ReseauPorteur}


def test_tree_rules():
    assert PartnerPage.parent_page_types == ["partners_directory.PartnerIndexPage"]
    assert PartnerIndexPage.subpage_types == ["partners_directory.PartnerPage"]
    assert PartnerPage.subpage_types == []


def test_coordinates_out_of_range_are_refused(partner_index):
    partner = PartnerPageFactory(parent=partner_index)
    partner.latitude = Decimal("95")
    partner.longitude = Decimal("-200")
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert {"latitude", "longitude"} <= error.value.message_dict.keys()


def test_latitude_without_longitude_is_refused(partner_index):
    partner = PartnerPageFactory(parent=partner_index)
    partner.longitude = None
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "latitude et la longitude" in error.value.message_dict["longitude"][0]


def test_unknown_theme_is_refused(partner_index):
    partner = PartnerPageFactory(parent=partner_index)
    partner.themes = ["pas-une-thematique"]
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "pas-une-thematique" in error.value.message_dict["themes"][0]


def test_themes_and_services_survive_a_revision(partner_index):
    partner = PartnerPageFactory(parent=partner_index, publics=["jeunes", "residents-qpv-frr"])
    partner.services = [PartnerService(name="Atelier CV", themes=["se-former--trouver-sa-formation"])]
    partner.save_revision().publish()
    partner = PartnerPage.objects.get(pk=partner.pk)
    assert partner.publics == ["jeunes", "residents-qpv-frr"]
    assert partner.public_labels == ["Jeunes", "Résidents en QPV ou FRR"]
    restored = partner.get_latest_revision_as_object()
    assert [service.name for service in restored.services.all()] == ["Atelier CV"]
    assert restored.services.first().theme_labels == ["Trouver sa formation"]


def test_search_properties(partner_index):
    partner = PartnerPageFactory(parent=partner_index, summary="Aide aux 16-25 ans.", commune="Tarascon")
    assert partner.search_summary == "Aide aux 16-25 ans."
    assert partner.search_detail == "Tarascon"


@pytest.fixture
def admin_client(client, db, monkeypatch):
    # Wagtail's own admin templates rely on missing variables rendering as "".
    from django.template import engines

    monkeypatch.setattr(engines["django"].engine, "string_if_invalid", "")
    user = get_user_model().objects.create_superuser("chef", "chef@impact-jeunes.example", "mot-de-passe-long")
    client.force_login(user)
    return client


def test_editor_shows_a_map_to_place_the_partner(admin_client, partner_index):
    partner = PartnerPageFactory(parent=partner_index)
    PartnerServiceFactory(partner=partner, name="Atelier CV")
    response = admin_client.get(f"/admin/pages/{partner.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "partner-map-picker" in html
    assert "vendor/leaflet/leaflet.js" in html
    assert "js/partners-admin.js" in html
    assert "Atelier CV" in html


def _form_data(**overrides):
    data = {
        "title": "Maison des jeunes du Canet",
        "slug": "maison-des-jeunes-du-canet",
        "kind": "association",
        "summary": "Un lieu pour les 13-25 ans.",
        "description": rich_text("<p>Ateliers et sorties.</p>"),
        "address": "3 rue du Canet",
        "postcode": "13014",
        "commune": "Marseille",
        "latitude": "43.325000",
        "longitude": "5.390000",
        "phone": "04 65 71 00 00",
        "email": "",
        "website": "",
        "opening_hours": "Mo-Fr 10:00-18:00",
        "accessibility": "",
        "accessibility_url": "",
        "services": inline_formset(
            [
                {
                    "name": "Accueil jeunes",
                    "service_type": "information",
                    "description": "Viens quand tu veux.",
                }
            ]
        ),
        "slug_en": "",
        "seo_title": "",
        "search_description": "",
        "source_id": "",
    }
    data.update(overrides)
    data = nested_form_data(data)
    # Multiple choices are posted as repeated keys, which nested_form_data would flatten.
    data.update(
        {
            "publics": ["jeunes"],
            "themes": ["remobilisation--lien-social"],
            "services-0-reception_modes": ["en-presentiel"],
            "services-0-publics": ["jeunes"],
        }
    )
    return data


def test_typed_coordinates_and_services_are_saved_from_the_editor(admin_client, partner_index):
    url = f"/admin/pages/add/partners_directory/partnerpage/{partner_index.pk}/"
    response = admin_client.post(url, _form_data(**{"action-publish": "action-publish"}))
    assert response.status_code == 302
    partner = PartnerPage.objects.get(slug="maison-des-jeunes-du-canet")
    assert partner.live
    assert partner.latitude == Decimal("43.325000")
    assert partner.themes == ["remobilisation--lien-social"]
    service = partner.services.get()
    assert service.name == "Accueil jeunes"
    assert (service.publics, service.reception_modes) == (["jeunes"], ["en-presentiel"])


def test_editor_refuses_a_latitude_out_of_range(admin_client, partner_index):
    response = admin_client.post(
        f"/admin/pages/add/partners_directory/partnerpage/{partner_index.pk}/", _form_data(latitude="143")
    )
    assert response.status_code == 200
    assert not PartnerPage.objects.filter(slug="maison-des-jeunes-du-canet").exists()
    assert "90" in response.content.decode()
