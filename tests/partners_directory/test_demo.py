import io

import pytest
from django.core.management import call_command

from partners_directory.demo_data import PARTNERS
from partners_directory.demo_details import KIND_DETAILS
from partners_directory.models import PartnerPage, PartnerService
from partners_directory.vocabularies import NETWORK_LABELS, PUBLIC_LABELS, SERVICE_TYPE_LABELS, THEME_LABELS

pytestmark = pytest.mark.django_db


def test_demo_details_use_the_data_inclusion_vocabularies():
    for details in KIND_DETAILS.values():
        assert set(details["themes"]) <= THEME_LABELS.keys()
        assert set(details["publics"]) <= PUBLIC_LABELS.keys()
        assert set(details["networks"]) <= NETWORK_LABELS.keys()
        for service in details["services"]:
            assert set(service["themes"]) <= THEME_LABELS.keys()
            assert set(service["publics"]) <= PUBLIC_LABELS.keys()
            assert service["service_type"] in SERVICE_TYPE_LABELS


def test_demo_partners_have_contact_hours_and_services(client):
    call_command("load_demo_content", stdout=io.StringIO())
    partners = PartnerPage.objects.live()
    assert partners.count() == len(PARTNERS)
    for partner in partners.prefetch_related("services"):
        assert 1 <= len(partner.services.all()) <= 3, partner.slug
        assert partner.themes and partner.publics and partner.phone and partner.opening_hours_lines
        assert partner.email.endswith("@impact-jeunes.example")
    services = PartnerService.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert PartnerService.objects.count() == services
    response = client.get("/partenaires/mission-locale-marseille-centre/")
    assert "engagement jeune (CEJ)" in response.content.decode()
