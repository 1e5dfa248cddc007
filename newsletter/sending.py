"""Sending a newsletter: to every confirmed subscriber, in batches, in the background, once per person.

`start` queues the `send_newsletter` task after the commit. The task takes the subscribers who
have no delivery of this newsletter yet (or whose delivery failed) a batch at a time: it first
records their deliveries (unique per newsletter and subscriber, rows locked so that two workers
never take the same people), then sends the batch on one mail connection and marks what left.
A delivery that was recorded but whose fate is unknown (a worker killed mid-batch) is never
sent again: a person may miss a letter, never get it twice.
"""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django_tasks import task

from newsletter import composition, message
from newsletter.newsletter_page import Delivery, NewsletterPage
from newsletter.subscriber import Subscriber
from portal import mail

logger = logging.getLogger(__name__)


def send_test(newsletter, email):
    """The letter as a subscriber would get it, to one staff address, marked as a test."""
    context = message.context_for(newsletter, composition.sections(newsletter), "#", test=True)
    return mail.send(message.TEXT_TEMPLATE, context, [email], html_template=message.HTML_TEMPLATE)


def counts(newsletter):
    """What the send page shows: sent, in progress, failed, and confirmed subscribers still to reach."""
    by_status = dict(
        Delivery.objects.filter(newsletter=newsletter).values_list("status").annotate(n=Count("pk")).order_by()
    )
    already = Delivery.objects.filter(
        newsletter=newsletter, status__in=[Delivery.Status.SENT, Delivery.Status.SENDING]
    )
    return {
        "sent": by_status.get(Delivery.Status.SENT, 0),
        "sending": by_status.get(Delivery.Status.SENDING, 0),
        "failed": by_status.get(Delivery.Status.FAILED, 0),
        "remaining": Subscriber.objects.confirmed().exclude(pk__in=already.values("subscriber_id")).count(),
    }


def start(newsletter):
    """Queue the sending once the current transaction commits."""
    if newsletter.sending_started_at is None:
        newsletter.sending_started_at = timezone.now()
        NewsletterPage.objects.filter(pk=newsletter.pk).update(sending_started_at=newsletter.sending_started_at)
    newsletter_id = newsletter.pk
    transaction.on_commit(lambda: send_newsletter.enqueue(newsletter_id), robust=True)


def claim_batch(newsletter, size, skip=()):
    """Record the deliveries of the next `size` subscribers still to be sent this newsletter."""
    now = timezone.now()
    with transaction.atomic():
        taken = Delivery.objects.filter(
            newsletter=newsletter, status__in=[Delivery.Status.SENT, Delivery.Status.SENDING]
        ).values("subscriber_id")
        subscribers = list(
            Subscriber.objects.confirmed()
            .exclude(pk__in=taken)
            .exclude(pk__in=skip)
            .select_for_update(skip_locked=True)
            .order_by("pk")[:size]
        )
        if not subscribers:
            return []
        retried = set(
            Delivery.objects.filter(newsletter=newsletter, subscriber__in=subscribers).values_list(
                "subscriber_id", flat=True
            )
        )
        Delivery.objects.filter(newsletter=newsletter, subscriber_id__in=retried).update(
            status=Delivery.Status.SENDING, claimed_at=now
        )
        Delivery.objects.bulk_create(
            [
                Delivery(newsletter=newsletter, subscriber=subscriber, claimed_at=now)
                for subscriber in subscribers
                if subscriber.pk not in retried
            ]
        )
    return subscribers


@task()
def send_newsletter(newsletter_id):
    """Send the newsletter to everyone it has not reached yet; returns how many messages left."""
    newsletter = NewsletterPage.objects.filter(pk=newsletter_id, live=True).first()
    if newsletter is None:
        logger.warning("Newsletter %s is not online: not sent", newsletter_id)
        return 0
    sections = composition.sections(newsletter)
    sent, failed_here, collisions = 0, set(), 0
    while True:
        try:
            subscribers = claim_batch(newsletter, settings.NEWSLETTER_BATCH_SIZE, skip=failed_here)
        except IntegrityError:  # another worker took the same people at the same moment
            collisions += 1
            if collisions > 3:
                break
            continue
        if not subscribers:
            break
        messages = [message.message_for(newsletter, sections, subscriber) for subscriber in subscribers]
        try:
            results = mail.send_batch(messages)
        except Exception:
            logger.exception("Newsletter %s: batch of %d not sent", newsletter_id, len(messages))
            results = [False] * len(messages)
        ok = [subscriber.pk for subscriber, result in zip(subscribers, results, strict=True) if result]
        failed = [subscriber.pk for subscriber, result in zip(subscribers, results, strict=True) if not result]
        deliveries = Delivery.objects.filter(newsletter=newsletter)
        deliveries.filter(subscriber_id__in=ok).update(status=Delivery.Status.SENT, sent_at=timezone.now())
        deliveries.filter(subscriber_id__in=failed).update(status=Delivery.Status.FAILED)
        sent += len(ok)
        failed_here.update(failed)
        if failed and not ok:
            # The mail server refuses everything: stop here; sending again later retries the failures.
            break
    NewsletterPage.objects.filter(pk=newsletter_id).update(sending_finished_at=timezone.now())
    return sent
