"""Erasing a request's personal data, on request (admin) or after the retention period (command).

What stays is anonymous: territory, age, what was looked for, the status and its dates, so the
programme can still count the young people accompanied. The follow-up notes go: they name people.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from neighbourhoods.help_requests import HelpRequest
from stories.contributions.erasure import months_before


def erase_contact(help_request, now=None):
    help_request.first_name = help_request.phone = help_request.email = help_request.message = ""
    help_request.parent_name = help_request.parent_email = ""
    help_request.parent_token = None
    help_request.contact_erased_at = now or timezone.now()
    help_request.save(
        update_fields=[
            "first_name",
            "phone",
            "email",
            "message",
            "parent_name",
            "parent_email",
            "parent_token",
            "contact_erased_at",
        ]
    )
    help_request.notes.all().delete()


def purge(now=None, months=None):
    """Erase the requests closed, or left untouched, or waiting for a parent, for more than `months`."""
    now = now or timezone.now()
    cutoff = months_before(now, settings.HELP_REQUEST_RETENTION_MONTHS if months is None else months)
    stale = HelpRequest.objects.filter(contact_erased_at=None).filter(
        Q(closed_at__lt=cutoff) | Q(closed_at=None, created_at__lt=cutoff)
    )
    count = 0
    for help_request in stale:
        with transaction.atomic():
            erase_contact(help_request, now)
        count += 1
    return count
