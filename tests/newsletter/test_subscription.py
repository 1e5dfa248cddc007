"""Double opt-in, and unsubscribing in one click (RFC 8058) with the address erased."""

import re

import pytest
from django.core import mail
from django.test import Client

from newsletter import subscriptions
from newsletter.models import Subscriber
from newsletter.wording import CURRENT

pytestmark = pytest.mark.django_db

EMAIL = "lina.abonnee@impact-jeunes.example"


def subscribe(client, email=EMAIL, **extra):
    data = {"email": email, "consent": "on", "site_web": "", **extra}
    return client.post("/lettre/", data)


def confirmation_link():
    [message] = mail.outbox
    return re.search(r"http://testserver(/lettre/confirmer/[^/\s]+/)", message.body).group(1)


def test_subscribing_sends_a_link_and_subscribes_nobody_yet(client, letter_index):
    response = subscribe(client)

    assert response.status_code == 200
    assert "Regarde ta boîte mail" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == EMAIL and subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consent_wording_version == CURRENT and subscriber.subscribed_at
    assert mail.outbox[0].to == [EMAIL]
    assert mail.outbox[0].subject == "Confirme ton inscription à la lettre d'Impact Jeunes"


def test_opening_the_link_asks_for_a_click_and_the_click_confirms(client, letter_index):
    subscribe(client)
    link = confirmation_link()

    page = client.get(link)
    assert page.status_code == 200 and "Je confirme mon inscription" in page.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # a mail scanner's GET confirms nothing

    client.post(link)
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at >= subscriber.subscribed_at


def test_a_forged_or_expired_link_confirms_nothing(client, letter_index, settings):
    subscribe(client)
    link = confirmation_link()
    subscriber = Subscriber.objects.get()

    assert client.post(link.replace("/confirmer/", "/confirmer/x")).status_code == 404
    forged = subscriptions.confirmation_token(subscriber)[:-2] + "zz"
    assert client.post(f"/lettre/confirmer/{forged}/").status_code == 404
    settings.NEWSLETTER_CONFIRMATION_DAYS = 0
    assert client.post(link).status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_an_address_already_subscribed_gets_the_same_page_and_no_mail(client, letter_index, subscribers):
    [subscriber] = subscribers(1, email=EMAIL)

    response = subscribe(client, email=EMAIL.upper())

    assert "Regarde ta boîte mail" in response.content.decode()
    assert mail.outbox == []
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_bad_input_keeps_what_was_typed_with_a_french_message(client, letter_index):
    response = client.post("/lettre/", {"email": "lina@", "site_web": ""})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Cet e-mail n&#x27;a pas l&#x27;air complet" in html
    assert "Coche la case pour accepter de recevoir la lettre." in html
    assert 'value="lina@"' in html
    assert not Subscriber.objects.exists()


def test_robots_filling_the_honeypot_are_refused(client, letter_index):
    response = subscribe(client, site_web="http://spam.example")

    assert response.status_code == 400
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_subscriptions_are_rate_limited_per_address(client, letter_index, settings):
    settings.NEWSLETTER_SUBSCRIBE_RATE_LIMIT = (2, 3600)
    for number in range(2):
        assert subscribe(client, email=f"personne{number}@impact-jeunes.example").status_code == 200

    response = subscribe(client, email="encore@impact-jeunes.example")

    assert response.status_code == 429
    assert 'value="encore@impact-jeunes.example"' in response.content.decode()
    assert Subscriber.objects.count() == 2


def test_unsubscribe_page_needs_a_click_then_erases_the_address(client, letter_index, subscribers):
    [subscriber] = subscribers(1)
    url = f"/lettre/desinscription/{subscriber.token}/"

    assert "Me désinscrire" in client.get(url).content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED

    client.post(url)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.email is None and subscriber.unsubscribed_at


def test_one_click_unsubscribe_works_without_cookie_or_csrf_token(letter_index, subscribers):
    """RFC 8058: the mail app POSTs `List-Unsubscribe=One-Click` to the List-Unsubscribe URL."""
    [subscriber] = subscribers(1)
    mail_app = Client(enforce_csrf_checks=True)

    response = mail_app.post(
        f"/lettre/desinscription/{subscriber.token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.email is None


def test_an_unknown_unsubscribe_token_is_a_404(client, letter_index):
    assert client.post("/lettre/desinscription/pas-un-jeton/").status_code == 404


def test_unconfirmed_subscriptions_are_purged(letter_index, subscribers, settings):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    old = subscribers(1, status=Subscriber.Status.PENDING, subscribed_at=timezone.now() - timedelta(days=8))
    recent = subscribers(1, status=Subscriber.Status.PENDING)
    confirmed = subscribers(1, subscribed_at=timezone.now() - timedelta(days=30))

    call_command("purge_newsletter")

    remaining = set(Subscriber.objects.values_list("pk", flat=True))
    assert remaining == {recent[0].pk, confirmed[0].pk}
    assert old[0].pk not in remaining
