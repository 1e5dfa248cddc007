import pytest

from opportunities.models import SignUp
from opportunities.signups import booking
from tests.opportunities.conftest import signup_data

pytestmark = pytest.mark.django_db


def cancel_path(signup):
    return f"/inscriptions/{signup.cancel_token}/annuler/"


def test_get_asks_for_confirmation_and_changes_nothing(client, session):
    signup = booking.book(session, signup_data())
    response = client.get(cancel_path(signup))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Oui, j'annule mon inscription" in html
    assert 'name="robots" content="noindex' in html
    assert "no-store" in response["Cache-Control"]
    assert SignUp.objects.get().is_confirmed


def test_post_cancels_and_gives_the_seat_away(client, session):
    signup = booking.book(session, signup_data())
    booking.book(session, signup_data(first_name="Bilal"))
    waiting = booking.book(session, signup_data(first_name="Chloé"))

    response = client.post(cancel_path(signup))

    assert response.status_code == 200
    assert "est annulée" in response.content.decode()
    assert SignUp.objects.get(pk=signup.pk).is_cancelled
    assert SignUp.objects.get(pk=waiting.pk).is_confirmed
    again = client.post(cancel_path(signup)).content.decode()
    assert "déjà annulée" in again


def test_unknown_token_is_a_404(client, session):
    booking.book(session, signup_data())
    assert client.get("/inscriptions/pas-un-vrai-jeton/annuler/").status_code == 404


def test_page_shows_no_contact_data(client, session):
    signup = booking.book(session, signup_data(phone="06 12 34 56 78"))
    html = client.get(cancel_path(signup)).content.decode()
    assert "Inès" in html
    assert "Martin" not in html and "ines@impact-jeunes.example" not in html and "06 12 34 56 78" not in html


def test_cancel_is_rate_limited(client, session, settings):
    signups = [booking.book(session, signup_data(first_name=f"P{n}")) for n in range(21)]
    statuses = [client.post(cancel_path(signup)).status_code for signup in signups]
    assert statuses[:20] == [200] * 20
    assert statuses[20] == 429
