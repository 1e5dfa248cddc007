"""A minor's seat waits for a parent: agreed, refused, or never answered (then the waiting list takes it)."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from opportunities.models import OfferSession, SignUp
from opportunities.signups import booking, consent
from opportunities.signups.models import Consent, SignUpStatus
from tests.opportunities.conftest import signup_data
from tests.transactions import committed

pytestmark = pytest.mark.django_db


def minor(name="Yanis", **extra):
    return signup_data(
        first_name=name,
        age=14,
        is_collegien=True,
        parent_name="Samia",
        parent_email=f"parent.{name.lower()}@x.example",
        **extra,
    )


def parent_link(signup):
    return consent.consent_url(signup).removeprefix("http://testserver")


def test_a_minor_holds_a_seat_and_the_parent_is_asked(session, settings):
    settings.PARENTAL_CONSENT_HOLD_HOURS = 72
    with committed():
        signup = booking.book(session, minor())
    assert signup.status == SignUpStatus.PENDING
    assert signup.hold_until - timezone.now() > datetime.timedelta(hours=71)
    assert signup.consent_requested_at is not None
    assert OfferSession.objects.with_seats_taken().get(pk=session.pk).seats_left == 1
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["parent.yanis@x.example", "yanis@impact-jeunes.example"]  # not the company
    request = next(message for message in mail.outbox if message.to == ["parent.yanis@x.example"])
    assert consent.token_for(signup) in request.body and "Visite de la plateforme" in request.body


def test_the_parent_sees_what_was_signed_up_for_and_agrees(client, session):
    signup = booking.book(session, minor())
    page = client.get(parent_link(signup)).content.decode()
    assert "Visite de la plateforme" in page and "Yanis (14 ans)" in page
    assert "Ni l'e-mail ni le téléphone de Yanis" in page or "Ni l&#x27;e-mail ni le téléphone de Yanis" in page
    mail.outbox.clear()
    with committed():
        response = client.post(parent_link(signup), {"reponse": "accord"})
    assert "votre réponse est enregistrée" in response.content.decode()
    signup.refresh_from_db()
    assert signup.is_confirmed and signup.consent == Consent.GIVEN and signup.consent_answered_at
    assert SignUp.objects.visible_to_organiser().filter(pk=signup.pk).exists()
    organiser = next(message for message in mail.outbox if message.to == ["entreprise@impact-jeunes.example"])
    assert "Samia" in organiser.body and "yanis@impact-jeunes.example" not in organiser.body
    # Answered once: a second answer (a refusal) changes nothing.
    client.post(parent_link(signup), {"reponse": "refus"})
    signup.refresh_from_db()
    assert signup.is_confirmed and signup.consent == Consent.GIVEN


def test_the_parent_refuses_and_the_seat_goes_to_the_waiting_list(client, session):
    held = booking.book(session, minor())
    booking.book(session, signup_data(first_name="Ana"))
    waiting = booking.book(session, signup_data(first_name="Bilal"))
    mail.outbox.clear()
    with committed():
        client.post(parent_link(held), {"reponse": "refus"})
    held.refresh_from_db()
    waiting.refresh_from_db()
    assert held.is_cancelled and held.consent == Consent.REFUSED
    assert waiting.is_confirmed
    assert not SignUp.objects.visible_to_organiser().filter(pk=held.pk).exists()
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert "annulée" in subjects["yanis@impact-jeunes.example"]
    assert "une place s'est libérée" in subjects["bilal@impact-jeunes.example"]
    assert "entreprise@impact-jeunes.example" not in subjects  # it never knew of this minor


def test_a_parent_who_never_answers_frees_the_seat_once(session):
    held = booking.book(session, minor())
    booking.book(session, signup_data(first_name="Ana"))
    next_minor = booking.book(session, minor("Lina"))
    assert next_minor.is_waiting
    mail.outbox.clear()
    later = timezone.now() + consent.hold_period() + datetime.timedelta(minutes=1)
    with committed():
        released = booking.release_expired_holds(now=later)
    assert [person.pk for person in released] == [held.pk]
    held.refresh_from_db()
    next_minor.refresh_from_db()
    assert held.is_cancelled
    # The next minor gets the seat, held in turn for their own parent.
    assert next_minor.is_pending and next_minor.hold_until > timezone.now()
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"parent.yanis@x.example", "yanis@impact-jeunes.example", "parent.lina@x.example"} <= recipients
    # Idempotent: run again before Lina's own delay ends, nothing more happens.
    assert booking.release_expired_holds(now=later - datetime.timedelta(minutes=5)) == []


def test_the_command_releases_expired_holds(session, capsys):
    held = booking.book(session, minor())
    SignUp.objects.filter(pk=held.pk).update(hold_until=timezone.now() - datetime.timedelta(minutes=1))
    call_command("release_parental_holds")
    assert "1 place(s) libérée(s)" in capsys.readouterr().out
    held.refresh_from_db()
    assert held.is_cancelled


def test_the_task_releases_expired_holds(session):
    from opportunities.signups.tasks import release_parental_holds

    held = booking.book(session, minor())
    SignUp.objects.filter(pk=held.pk).update(hold_until=timezone.now() - datetime.timedelta(minutes=1))
    release_parental_holds.call()
    held.refresh_from_db()
    assert held.is_cancelled


def test_an_altered_link_shows_nothing(client, session):
    signup = booking.book(session, minor())
    response = client.get(parent_link(signup)[:-3] + "xyz/")
    assert response.status_code == 404
    assert "Yanis" not in response.content.decode()
    assert client.post(f"/inscriptions/accord-parental/{signup.pk}/", {"reponse": "accord"}).status_code == 404
    signup.refresh_from_db()
    assert signup.is_pending


def test_retention_erases_the_parent_email_and_keeps_the_dated_answer(session):
    from opportunities.signups.retention import erase_old_signups

    signup = booking.book(session, minor())
    booking.answer_consent(signup, agreed=True)
    erase_old_signups(days=-1)
    signup.refresh_from_db()
    assert signup.parent_email == "" and signup.consent == Consent.GIVEN and signup.consent_answered_at
