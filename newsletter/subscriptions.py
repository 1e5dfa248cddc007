"""Double opt-in: a subscription waits for a click on a signed link; unsubscribing erases the address."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from newsletter import wording
from newsletter.subscriber import Subscriber
from portal import mail
from portal.links import absolute_url

CONFIRM_SALT = "newsletter.confirm"


def confirmation_token(subscriber):
    return signing.dumps(subscriber.pk, salt=CONFIRM_SALT)


def subscriber_for_confirmation(token):
    """The pending subscriber a confirmation link names, or None if it is forged, expired or already used."""
    max_age = settings.NEWSLETTER_CONFIRMATION_DAYS * 24 * 3600
    try:
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    return Subscriber.objects.filter(pk=pk).exclude(email=None).first()


def unsubscribe_url(subscriber, request=None):
    return absolute_url(reverse("newsletter:unsubscribe", args=[subscriber.token]), request)


@transaction.atomic
def subscribe(email, request=None):
    """Record the request and send the confirmation link. An address already confirmed gets nothing new
    (the page says the same thing whatever the address, so it tells nobody who is subscribed)."""
    email = email.strip().lower()
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None and subscriber.status == Subscriber.Status.CONFIRMED:
        return subscriber
    now = timezone.now()
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, subscribed_at=now)
    else:
        subscriber.subscribed_at = now
        subscriber.consent_wording_version = wording.CURRENT
        subscriber.save(update_fields=["subscribed_at", "consent_wording_version"])
    confirm_url = absolute_url(reverse("newsletter:confirm", args=[confirmation_token(subscriber)]), request)
    mail.send(
        "newsletter/emails/confirm.txt",
        {"confirm_url": confirm_url, "days": settings.NEWSLETTER_CONFIRMATION_DAYS},
        [email],
    )
    return subscriber


def confirm(subscriber):
    if subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    return subscriber


def unsubscribe(subscriber):
    """Stop sending and erase the address; the row stays, without it, for the figures."""
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.email = None
        subscriber.save(update_fields=["status", "unsubscribed_at", "email"])
    return subscriber


def purge_unconfirmed(now=None):
    """Delete the subscriptions nobody confirmed in time; returns how many."""
    cutoff = (now or timezone.now()) - timezone.timedelta(days=settings.NEWSLETTER_CONFIRMATION_DAYS)
    deleted, _ = Subscriber.objects.filter(status=Subscriber.Status.PENDING, subscribed_at__lt=cutoff).delete()
    return deleted
