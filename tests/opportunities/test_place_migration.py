"""The data migration to one place rule and one audience list keeps what visitors see today."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from opportunities.models import EventPage, OfferPage
from opportunities.offers.factories import OfferPageFactory
from portal.factories import TerritoryFactory
from tests.opportunities.agenda.helpers import add_event

pytestmark = pytest.mark.django_db

migration = importlib.import_module("opportunities.migrations.0008_offers_follow_their_partner_one_audience")


@pytest.fixture
def located_company(company, territory):
    company.address, company.postcode, company.commune = "5 rue du Port", "13002", "Marseille"
    company.latitude, company.longitude, company.territory = Decimal("43.300000"), Decimal("5.360000"), territory
    company.save()
    return company


@pytest.fixture
def territory():
    return TerritoryFactory(slug="belsunce", name="Belsunce", commune="Marseille")


def copy_as_before(offer, partner):
    """What OfferPage.save() used to store: the partner's address, copied (bypassing today's save())."""
    values = {name: getattr(partner, name) for name in migration.ADDRESS_FIELDS}
    OfferPage.objects.filter(pk=offer.pk).update(**values, territory=partner.territory, place_partner=None)
    revision = offer.save_revision()
    revision.content.update({name: str(value) for name, value in values.items()}, place_partner=None)
    revision.content["territory"] = partner.territory_id
    revision.save()
    return revision


def test_an_offer_that_copied_its_company_follows_it_and_keeps_its_place(offer_index, located_company):
    offer = OfferPageFactory(parent=offer_index, company=located_company)
    revision = copy_as_before(offer, located_company)

    migration.offers_follow_their_partner(apps, None)

    offer = OfferPage.objects.get(pk=offer.pk)
    assert (offer.address, offer.commune, offer.latitude, offer.territory_id) == ("", "", None, None)
    assert offer.place_partner == located_company
    assert (offer.place_label, offer.place_territory) == ("5 rue du Port, 13002 Marseille", located_company.territory)
    assert offer.place_coordinates == (Decimal("43.300000"), Decimal("5.360000"))
    revision.refresh_from_db()
    assert revision.content["address"] == "" and revision.content["place_partner"] == located_company.pk
    located_company.commune = "Tarascon"
    located_company.save()
    assert OfferPage.objects.get(pk=offer.pk).place_commune == "Tarascon"


def test_an_offer_with_an_address_of_its_own_keeps_it(offer_index, located_company):
    offer = OfferPageFactory(parent=offer_index, company=located_company, address="1 place du Marché", commune="Arles")

    migration.offers_follow_their_partner(apps, None)

    offer = OfferPage.objects.get(pk=offer.pk)
    assert (offer.address, offer.commune, offer.place_partner) == ("1 place du Marché", "Arles", None)
    assert offer.place_label == "1 place du Marché, 13013 Arles"


def test_event_audiences_move_to_the_shared_list(agenda):
    event = add_event(agenda, title="Forum", audience="tous")
    EventPage.objects.filter(pk=event.pk).update(audience="young_adults")
    revision = event.save_revision()
    revision.content["audience"] = "high_school"
    revision.save()

    migration.one_audience_list(apps, None)

    assert EventPage.objects.get(pk=event.pk).audience == "16_25"
    revision.refresh_from_db()
    assert revision.content["audience"] == "lyceens"
