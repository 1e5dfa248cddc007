"""Erasing a contributor's personal data, on request or after the retention period.

Erasing deletes the story page (its revisions, workflow states and log entries go with it),
the photo with every rendition file, and the contact and parent data. A stub of the record
stays (age, dates, consents with their wording versions) as the trace of what was agreed.
"""

import calendar

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageLogEntry

from stories.consent.models import Contribution
from stories.contributions.photos import delete_image_files


def erase_contact(contribution, now=None):
    # A search for one's own address may have been counted before such terms were refused (search/services.py).
    for address in filter(None, (contribution.email, contribution.parent_email)):
        Query.objects.filter(query_string__icontains=address.lower()).delete()
    contribution.email = contribution.parent_name = contribution.parent_email = ""
    contribution.contact_erased_at = now or timezone.now()
    contribution.save(update_fields=["email", "parent_name", "parent_email", "contact_erased_at"])


def erase_record(contribution, now=None):
    """Everything but the story page: the photo and its files, the name, the contact data."""
    now = now or timezone.now()
    if contribution.photo is not None:
        delete_image_files(contribution.photo)
    contribution.refresh_from_db()
    contribution.first_name = ""
    contribution.status = Contribution.Status.ERASED
    contribution.consents.filter(withdrawn_at=None).update(withdrawn_at=now)
    contribution.decided_at = contribution.decided_at or now
    contribution.save(update_fields=["first_name", "status", "decided_at"])
    erase_contact(contribution, now)


@transaction.atomic
def erase(contribution):
    story = contribution.story
    if story is not None:
        page_id = story.pk
        story.delete()  # the story's pre_delete handler erases the record (signal_handlers)
        PageLogEntry.objects.filter(page_id=page_id).delete()
    contribution.refresh_from_db()
    if contribution.status != Contribution.Status.ERASED or contribution.contact_erased_at is None:
        erase_record(contribution)


def contributions_of(email):
    return Contribution.objects.filter(Q(email__iexact=email) | Q(parent_email__iexact=email))


def months_before(moment, months):
    month_index = moment.month - 1 - months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def purge(now=None, months=None):
    """Erase the contact data of contributions decided more than `months` ago; a story still waiting for a
    parent after that long is erased whole. Returns the number of contributions purged."""
    now = now or timezone.now()
    cutoff = months_before(now, settings.CONTRIBUTION_RETENTION_MONTHS if months is None else months)
    decided = Contribution.objects.filter(contact_erased_at=None, decided_at__lt=cutoff)
    abandoned = Contribution.objects.filter(
        status=Contribution.Status.AWAITING_PARENT, created_at__lt=cutoff, decided_at=None
    )
    count = 0
    for contribution in abandoned:
        erase(contribution)
        count += 1
    for contribution in decided:
        with transaction.atomic():
            erase_contact(contribution, now)
        count += 1
    return count
