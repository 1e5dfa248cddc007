"""The right audience: each offer and event says who it is for, and the sign-up refuses anyone else."""

import pytest

from opportunities.models import SignUp
from opportunities.signups import booking
from portal.audiences import Audience, fitting, refusal
from tests.opportunities.conftest import signup_data

pytestmark = pytest.mark.django_db

COLLEGIEN = {
    "first_name": "Yanis",
    "last_name": "Benali",
    "age": "14",
    "email": "yanis@impact-jeunes.example",
    "is_collegien": "on",
    "school": "Collège Pythéas",
    "school_class": "3e B",
    "parent_name": "Samia Benali",
    "parent_email": "parent@impact-jeunes.example",
    "parent_phone": "06 11 22 33 44",
}


def signup_path(offer, session):
    return f"{offer.url}inscription/{session.pk}/"


def test_audience_rules_say_who_fits():
    assert refusal(Audience.COLLEGIENS_3E, 14, True) is None
    assert "collégiens et collégiennes de 3e (13 à 16 ans)" in refusal(Audience.COLLEGIENS_3E, 29, False)
    assert "coche « Je suis au collège »" in refusal(Audience.COLLEGIENS_3E, 14, False)
    assert "les jeunes de 16 à 25 ans" in refusal(Audience.YOUNG_16_25, 13, True)
    assert Audience.YOUNG_16_25 not in fitting(13, True) and Audience.COLLEGIENS in fitting(13, True)


def test_a_29_year_old_cannot_take_a_stage_de_3e_seat(client, offer, session):
    offer.audience = Audience.COLLEGIENS_3E
    offer.save()
    adult = {
        **COLLEGIEN,
        "age": "29",
        "is_collegien": "",
        "first_name": "Karim",
        "parent_name": "",
        "parent_phone": "",
    }
    response = client.post(signup_path(offer, session), adult)
    page = response.content.decode()
    assert response.status_code == 200
    assert "collégiens et collégiennes de 3e (13 à 16 ans)" in page
    # Pointed to the offers that take a 29-year-old: the listing filtered on the first audience that fits.
    assert 'href="/offres/?public=moins_30#resultats"' in page and "les offres pour toi" in page
    assert 'value="Karim"' in page
    assert SignUp.objects.count() == 0


def test_a_13_year_old_cannot_take_a_job_dating_seat(client, offer, session):
    offer.audience = Audience.YOUNG_16_25
    offer.save()
    response = client.post(signup_path(offer, session), {**COLLEGIEN, "age": "13"})
    page = response.content.decode()
    assert "16 à 25 ans" in page and "Collégiens" in page  # who it is for, and what fits instead
    assert SignUp.objects.count() == 0


def test_the_collegien_in_range_is_accepted(client, offer, session):
    offer.audience = Audience.COLLEGIENS_3E
    offer.save()
    assert client.post(signup_path(offer, session), COLLEGIEN).status_code == 302
    assert SignUp.objects.get().is_collegien


def test_the_engine_refuses_outside_the_audience_on_every_path(offer, session):
    offer.audience = Audience.COLLEGIENS_3E
    offer.save()
    with pytest.raises(booking.SignUpRefused, match="13 à 16 ans"):
        booking.book(session, signup_data(age=29))
    assert SignUp.objects.count() == 0


def test_an_event_checks_its_audience_too(client, home_page):
    import datetime

    from bs4 import BeautifulSoup

    from portal.dates import PARIS
    from tests.opportunities.agenda.helpers import add_event, make_agenda, next_month_start

    start = datetime.datetime.combine(next_month_start(), datetime.time(10), tzinfo=PARIS)
    event = add_event(
        make_agenda(home_page),
        title="Job dating logistique",
        start=start,
        end=start + datetime.timedelta(hours=2),
        signup_enabled=True,
        seats=5,
        audience=Audience.YOUNG_16_25,
    )
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    link = page.select_one(".event-dates__signup a")["href"]
    response = client.post(link, {**COLLEGIEN, "age": "13"})
    assert "16 à 25 ans" in response.content.decode()
    assert SignUp.objects.count() == 0
