"""Permission matrix: a company sees and changes only its own offers, sessions and sign-ups."""

import pytest

from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory
from opportunities.signups.factories import SignUpFactory
from tests.opportunities.company_space.helpers import offer_post_data


@pytest.fixture
def their_offer(offer_index, other_company):
    offer = OfferPageFactory(
        parent=offer_index, title="Chantier ouvert", slug="chantier-ouvert", company=other_company
    )
    session = OfferSessionFactory(page=offer, seats=5)
    SignUpFactory(slot=session, first_name="Yanis", last_name="Secret", email="yanis@impact-jeunes.example")
    return offer


def company_urls(offer):
    session = offer.sessions.get()
    return [
        ("get", f"/espace-entreprise/offres/{offer.pk}/"),
        ("get", f"/espace-entreprise/offres/{offer.pk}/modifier/"),
        ("post", f"/espace-entreprise/offres/{offer.pk}/modifier/"),
        ("get", f"/espace-entreprise/offres/{offer.pk}/fermer/"),
        ("post", f"/espace-entreprise/offres/{offer.pk}/fermer/"),
        ("get", f"/espace-entreprise/dates/{session.pk}/inscrits/"),
        ("get", f"/espace-entreprise/dates/{session.pk}/inscrits.csv"),
        ("get", f"/espace-entreprise/dates/{session.pk}/annuler/"),
        ("post", f"/espace-entreprise/dates/{session.pk}/annuler/"),
    ]


OWN_SPACE_URLS = ["/espace-entreprise/", "/espace-entreprise/offres/nouvelle/"]


@pytest.mark.django_db
def test_another_companys_urls_are_not_found(client, approved_account, their_offer):
    client.force_login(approved_account.user)
    for method, url in company_urls(their_offer):
        response = getattr(client, method)(url, offer_post_data() if method == "post" else None)
        assert response.status_code in (403, 404), (method, url, response.status_code)
        assert "Secret" not in response.content.decode()
    their_offer.refresh_from_db()
    session = their_offer.sessions.get()
    assert not their_offer.signups_closed and not session.cancelled
    assert not their_offer.has_unpublished_changes
    assert "Chantier ouvert" not in client.get("/espace-entreprise/").content.decode()


@pytest.mark.django_db
def test_the_owner_reaches_every_url(client, other_account, their_offer):
    client.force_login(other_account.user)
    for method, url in company_urls(their_offer):
        if method == "get":
            assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in(client, their_offer):
    for method, url in company_urls(their_offer) + [("get", url) for url in OWN_SPACE_URLS]:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/espace-entreprise/connexion/?next="), url


@pytest.mark.django_db
def test_pending_accounts_reach_only_the_waiting_page(client, pending_account, their_offer):
    client.force_login(pending_account.user)
    for method, url in company_urls(their_offer) + [("get", url) for url in OWN_SPACE_URLS]:
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"] == "/espace-entreprise/en-attente/", url


@pytest.mark.django_db
def test_staff_without_a_company_account_get_403(client, moderator, their_offer):
    client.force_login(moderator)
    for method, url in company_urls(their_offer):
        assert getattr(client, method)(url).status_code == 403, url
