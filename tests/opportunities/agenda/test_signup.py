import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from opportunities.agenda.recurrence import Frequency
from opportunities.models import EventOccurrence, SignUp, SignUpStatus
from opportunities.signups import booking
from portal.dates import PARIS
from tests.opportunities.agenda.helpers import add_event, change_date, make_agenda, next_month_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(home_page):
    month = next_month_start()
    monday = month + datetime.timedelta(days=(0 - month.weekday()) % 7)
    start = datetime.datetime.combine(monday, datetime.time(10), tzinfo=PARIS)
    return add_event(
        make_agenda(home_page),
        title="Atelier CV",
        start=start,
        end=start + datetime.timedelta(hours=2),
        frequency=Frequency.WEEKLY,
        signup_enabled=True,
        seats=2,
        notification_email="atelier@impact-jeunes.example",
    )


def person(n, **extra):
    return {
        "first_name": f"Jeune{n}",
        "last_name": "Test",
        "age": 20,
        "email": f"jeune{n}@impact-jeunes.example",
        **extra,
    }


def signup_links(client, event):
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    return [a["href"] for a in page.select(".event-dates__signup a")]


def test_seats_are_per_date_and_the_waiting_list_takes_over(client, workshop):
    first, second = signup_links(client, workshop)[:2]
    assert first == f"/agenda/atelier-cv/inscription/{workshop.start.strftime('%Y%m%dT%H%M')}/"

    for n in range(3):
        response = client.post(first, person(n))
        assert response.status_code == 302
        assert response["Location"] == "/agenda/atelier-cv/inscription/merci/"
    done = client.get(response["Location"])
    assert "liste d'attente" in done.content.decode()

    slot = EventOccurrence.objects.get(event=workshop, start=workshop.start)
    statuses = list(SignUp.objects.for_slot(slot).values_list("status", flat=True))
    assert statuses == [SignUpStatus.CONFIRMED, SignUpStatus.CONFIRMED, SignUpStatus.WAITING]
    assert EventOccurrence.objects.count() == 1  # the other dates have no row until someone signs up

    page = BeautifulSoup(client.get(workshop.url).content, "html.parser")
    rows = page.select(".event-dates__item")
    assert "Complet" in rows[0].get_text()
    assert "2 places libres" in rows[1].get_text()

    assert client.post(second, person(9)).status_code == 302
    assert EventOccurrence.objects.count() == 2
    assert "atelier@impact-jeunes.example" in [address for m in mail.outbox for address in m.to]


def test_cancelling_gives_the_seat_to_the_first_waiting(client, workshop):
    link = signup_links(client, workshop)[0]
    for n in range(3):
        client.post(link, person(n))
    slot = EventOccurrence.objects.get()
    first = SignUp.objects.for_slot(slot).first()
    promoted = booking.cancel(first)
    assert [p.first_name for p in promoted] == ["Jeune2"]


def test_bad_input_is_explained_in_french_and_kept(client, workshop):
    link = signup_links(client, workshop)[0]
    response = client.post(link, {"first_name": "Inès", "last_name": "", "age": "15"})
    page = BeautifulSoup(response.content, "html.parser")
    errors = page.select_one("#erreurs").get_text()
    assert "Indique ton nom." in errors
    assert "moins de 18 ans" in errors
    assert page.select_one('input[name="first_name"]')["value"] == "Inès"
    assert not SignUp.objects.exists()


def test_no_sign_up_on_cancelled_or_unknown_dates(client, workshop):
    change_date(workshop, workshop.start.date(), note="Formateur absent.")
    link = f"/agenda/atelier-cv/inscription/{workshop.start.strftime('%Y%m%dT%H%M')}/"
    response = client.post(link, person(1))
    assert "Cette date est annulée." in response.content.decode()
    assert not SignUp.objects.exists()
    wrong_time = workshop.start + datetime.timedelta(hours=1)
    assert client.get(f"/agenda/atelier-cv/inscription/{wrong_time.strftime('%Y%m%dT%H%M')}/").status_code == 404
    assert client.get("/agenda/atelier-cv/inscription/demain/").status_code == 404


def test_honeypot_and_rate_limit(client, workshop, settings):
    link = signup_links(client, workshop)[0]
    response = client.post(link, person(1, site_web="http://spam.example"))
    assert "robot" in response.content.decode()
    assert not SignUp.objects.exists()

    settings.RATE_LIMITS_ENABLED = True
    for n in range(10):
        client.post(link, person(n + 10))
    limited = client.post(link, person(99))
    assert limited.status_code == 429
    assert "ce que tu as écrit est gardé" in limited.content.decode()
    assert BeautifulSoup(limited.content, "html.parser").select_one('input[name="first_name"]')["value"] == "Jeune99"


def test_events_without_sign_up_have_no_form(client, home_page):
    event = add_event(make_agenda(home_page), title="Forum emploi")
    assert signup_links(client, event) == []
    when = event.start.strftime("%Y%m%dT%H%M")
    assert client.get(f"/agenda/forum-emploi/inscription/{when}/").status_code == 404
