"""A company reopens an offer it closed, and withdraws a draft it no longer wants reviewed."""

import pytest
from wagtail.models import WorkflowState

from opportunities.models import OfferPage
from tests.opportunities.company_space.helpers import approve, text_of
from tests.opportunities.company_space.test_offers import create_offer

pytestmark = pytest.mark.django_db


def test_a_closed_offer_can_be_reopened(client, approved_account, offer_index, moderator):
    offer = create_offer(client, approved_account)
    approve(offer, moderator)
    client.force_login(approved_account.user)
    client.post(f"/espace-entreprise/offres/{offer.pk}/fermer/")
    offer.refresh_from_db()
    assert offer.signups_closed and "Une matinée au quai" not in text_of(client.get("/offres/"))
    assert "Rouvrir l'offre" in text_of(client.get(f"/espace-entreprise/offres/{offer.pk}/"))

    response = client.post(f"/espace-entreprise/offres/{offer.pk}/rouvrir/")
    assert response.status_code == 302
    offer.refresh_from_db()
    assert not offer.signups_closed and offer.live
    assert not offer.get_latest_revision_as_object().signups_closed
    assert "Une matinée au quai" in text_of(client.get("/offres/"))


def test_another_company_cannot_reopen_it(client, approved_account, other_account, offer_index, moderator):
    offer = create_offer(client, approved_account)
    approve(offer, moderator)
    client.post(f"/espace-entreprise/offres/{offer.pk}/fermer/")
    client.force_login(other_account.user)
    assert client.post(f"/espace-entreprise/offres/{offer.pk}/rouvrir/").status_code == 404
    offer.refresh_from_db()
    assert offer.signups_closed


def test_a_draft_in_review_can_be_withdrawn(client, approved_account, offer_index, moderator):
    offer = create_offer(client, approved_account)
    state = offer.current_workflow_state
    page = text_of(client.get(f"/espace-entreprise/offres/{offer.pk}/"))
    assert "Retirer ce brouillon" in page
    response = client.post(f"/espace-entreprise/offres/{offer.pk}/retirer/")
    assert response.status_code == 302 and response["Location"] == "/espace-entreprise/"
    assert not OfferPage.objects.filter(pk=offer.pk).exists()
    assert not WorkflowState.objects.filter(pk=state.pk, status=WorkflowState.STATUS_IN_PROGRESS).exists()


def test_a_published_offer_cannot_be_withdrawn(client, approved_account, offer_index, moderator):
    offer = create_offer(client, approved_account)
    approve(offer, moderator)
    client.force_login(approved_account.user)
    client.post(f"/espace-entreprise/offres/{offer.pk}/retirer/")
    assert OfferPage.objects.filter(pk=offer.pk, live=True).exists()


def test_another_company_cannot_withdraw_a_draft(client, approved_account, other_account, offer_index):
    offer = create_offer(client, approved_account)
    client.force_login(other_account.user)
    assert client.post(f"/espace-entreprise/offres/{offer.pk}/retirer/").status_code == 404
    assert OfferPage.objects.filter(pk=offer.pk).exists()
