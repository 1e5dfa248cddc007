"""The one way the site sends e-mail.

A message is rendered now, from a French plain-text template whose first line is the subject,
and handed to the `deliver` task once the current transaction commits: a rolled-back change
sends nothing, and a mail server outage never undoes what a person did. `deliver` logs every
failure and, on a backend that can defer (the database backend in production), tries again
later; on the immediate backend (development, tests) a failure is logged and dropped.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Waits before the 2nd, 3rd… attempt; after the last one the failure is logged as an error.
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1), timedelta(hours=6))


def render(template, context):
    """(subject, body) of a plain-text template. The subject is one line whatever the context holds."""
    subject, _, body = render_to_string(template, context).strip().partition("\n")
    return " ".join(subject.split()), body.strip() + "\n"


def compose(template, context, recipients, *, headers=None, html_template=None, reply_to=()):
    """One message to `recipients` (blanks and duplicates dropped) as a dict a task can carry, or None."""
    recipients = sorted({address.strip() for address in recipients if address and address.strip()})
    if not recipients:
        return None
    subject, body = render(template, context)
    return {
        "subject": subject,
        "body": body,
        "to": recipients,
        "html": render_to_string(html_template, context) if html_template else "",
        "headers": dict(headers or {}),
        "reply_to": list(reply_to),
        "template": template,
    }


def send(template, context, recipients, *, headers=None, html_template=None, reply_to=()):
    """Send one message to `recipients` (blanks and duplicates dropped) after the transaction commits.

    Returns the message as queued (a dict), or None when nobody is left to write to.
    """
    message = compose(template, context, recipients, headers=headers, html_template=html_template, reply_to=reply_to)
    if message is None:
        return None
    transaction.on_commit(lambda: deliver.enqueue(message), robust=True)
    return message


def send_batch(messages):
    """Send composed messages now, one after the other on one connection to the mail server.

    For a background task that is itself the delivery (a newsletter to many people): opening one
    SMTP or API session per message would be slow, and a message that fails is logged and
    skipped rather than stopping the others. Returns one boolean per message: sent or not.
    Failing to reach the server at all raises, so the caller can try the whole batch later.
    """
    results = []
    with get_connection() as connection:
        for message in messages:
            try:
                results.append(bool(build(message, connection).send()))
            except Exception:
                logger.exception("E-mail %s to one recipient of a batch not sent", message.get("template"))
                results.append(False)
    return results


def build(message, connection=None):
    email = EmailMultiAlternatives(
        message["subject"],
        message["body"],
        settings.DEFAULT_FROM_EMAIL,
        message["to"],
        headers=message.get("headers") or None,
        reply_to=message.get("reply_to") or None,
        connection=connection,
    )
    if message.get("html"):
        email.attach_alternative(message["html"], "text/html")
    return email


@task()
def deliver(message, attempt=1):
    try:
        build(message).send()
    except Exception:
        if attempt <= len(RETRY_DELAYS) and deliver.get_backend().supports_defer:
            logger.warning("E-mail %s not sent (attempt %d), will retry", message.get("template"), attempt)
            deliver.using(run_after=timezone.now() + RETRY_DELAYS[attempt - 1]).enqueue(message, attempt + 1)
        else:
            logger.exception("E-mail %s not sent after %d attempt(s)", message.get("template"), attempt)
        return False
    return True
