"""Two days before: one reminder per confirmed seat (and to the parent of a minor), never twice."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from icalendar import Calendar

from opportunities.offers.factories import OfferSessionFactory, in_days
from opportunities.signups import booking, reminders
from opportunities.signups.factories import SignUpFactory
from opportunities.signups.models import SignUpStatus
from tests.transactions import committed

pytestmark = pytest.mark.django_db


def test_reminder_sent_once_to_the_person_and_the_parent(offer):
    soon = OfferSessionFactory(page=offer, date=in_days(2))
    adult = SignUpFactory(slot=soon, first_name="Ana")
    minor = SignUpFactory(slot=soon, first_name="Yanis", age=14, consent="given", parent_email="parent@x.example")
    SignUpFactory(slot=soon, first_name="Waiting", status=SignUpStatus.WAITING)
    SignUpFactory(slot=OfferSessionFactory(page=offer, date=in_days(3)), first_name="Later")
    with committed():
        reminded = reminders.send_reminders()
    assert {person.pk for person in reminded} == {adult.pk, minor.pk}
    to = sorted(tuple(message.to) for message in mail.outbox)
    assert to == [(adult.email,), tuple(sorted([minor.email, "parent@x.example"]))]
    assert all(message.subject.startswith("Rappel : c'est dans deux jours") for message in mail.outbox)
    mail.outbox.clear()
    with committed():
        assert reminders.send_reminders() == []
        call_command("send_signup_reminders")
    assert mail.outbox == []


def test_a_cancelled_date_sends_no_reminder(offer):
    soon = OfferSessionFactory(page=offer, date=in_days(2))
    SignUpFactory(slot=soon)
    booking.cancel_slot(soon)
    soon.cancelled = True
    soon.save()
    assert reminders.send_reminders() == []


def test_the_task_sends_the_reminders(offer):
    from opportunities.signups.tasks import send_signup_reminders

    SignUpFactory(slot=OfferSessionFactory(page=offer, date=in_days(2)))
    assert send_signup_reminders.call() == 1


def test_each_session_has_its_own_calendar_file_and_google_link(client, offer, session):
    html = client.get(offer.url).content.decode()
    ics_url = f"/offres/{offer.slug}/seance-{session.pk}.ics"
    assert ics_url in html and "calendar.google.com/calendar/render" in html
    response = client.get(ics_url)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == offer.title
    assert vevent.decoded("DTSTART").date() == session.date
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == datetime.timedelta(hours=2, minutes=30)
    assert client.get(f"/offres/autre-offre/seance-{session.pk}.ics").status_code == 404
