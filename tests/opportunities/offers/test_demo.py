import io

import pytest
from django.core.management import call_command

from opportunities.models import OfferPage, OfferStatus, OfferType, SignUp

pytestmark = pytest.mark.django_db


def test_demo_offers_cover_every_type_and_are_idempotent(client):
    call_command("load_demo_content", stdout=io.StringIO())
    offers = list(OfferPage.objects.live().select_related("company", "place_partner"))
    # All offer pages, the demo company's offer awaiting moderation included.
    pages = OfferPage.objects.count()
    signups = SignUp.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert OfferPage.objects.count() == pages
    assert SignUp.objects.count() == signups

    assert len(offers) >= 20
    assert {offer.offer_type for offer in offers} == set(OfferType.values)
    assert len({offer.company.slug for offer in offers}) >= 9
    assert all(offer.company.slug.startswith("entreprise-") for offer in offers)
    statuses = [offer.status for offer in offers]
    assert statuses.count(OfferStatus.PAST) == 1
    assert statuses.count(OfferStatus.FULL) >= 1
    assert all(offer.place_commune for offer in offers)
    assert all(signup.email.endswith("@impact-jeunes.example") for signup in SignUp.objects.all())

    listing = client.get("/offres/")
    assert listing.status_code == 200
    assert listing.context["result_count"] == len(offers) - 1
    assert client.get(offers[0].url).status_code == 200
