"""On a shared computer (a school's), the next person must not read someone's sign-up: the
confirmation page shows the personal details once, then only a neutral page."""

import pytest

from tests.opportunities.agenda.test_signup import person, signup_links
from tests.opportunities.agenda.test_signup import workshop as workshop  # the fixture
from tests.opportunities.offers.test_signup import VALID, signup_path

pytestmark = pytest.mark.django_db


def test_offer_confirmation_is_shown_once(client, offer, session):
    response = client.post(signup_path(offer, session), VALID)
    first = client.get(response["Location"])
    assert "ines@impact-jeunes.example" in first.content.decode()
    again = client.get(response["Location"], follow=True)
    assert again.redirect_chain and again.redirect_chain[-1][0] == offer.url
    text = again.content.decode()
    assert "ines@impact-jeunes.example" not in text and "/annuler/" not in text


def test_event_confirmation_is_shown_once(client, workshop):
    link = signup_links(client, workshop)[0]
    response = client.post(link, person(1))
    assert "/annuler/" in client.get(response["Location"]).content.decode()  # the private cancel link
    again = client.get(response["Location"], follow=True)
    assert again.redirect_chain[-1][0] == workshop.url
    assert "/annuler/" not in again.content.decode()
