"""The reminder two days before: one e-mail per confirmed sign-up (and its parent, for a minor), sent once.

Run daily or more often (`manage.py send_signup_reminders`, or the task in `tasks.py`): each sign-up
is claimed with a conditional UPDATE before its e-mail is queued, so two runs at the same time, or
the same run twice, never send it twice.
"""

import datetime

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from opportunities.signups import booking
from opportunities.signups.models import Bookable, SignUp

DAYS_BEFORE = 2


def bookable_models():
    return [model for model in apps.get_models() if issubclass(model, Bookable)]


def send_reminders(now=None, request=None):
    """Remind everyone holding a confirmed seat on a date that starts in two days; returns who was reminded."""
    now = now or timezone.now()
    day = timezone.localdate(now) + datetime.timedelta(days=DAYS_BEFORE)
    reminded = []
    for model in bookable_models():
        for slot in model.starting_on(day).select_related(model.host_field):
            for signup in SignUp.objects.for_slot(slot).confirmed().filter(reminded_at__isnull=True):
                with transaction.atomic():
                    claimed = SignUp.objects.filter(pk=signup.pk, reminded_at__isnull=True).update(reminded_at=now)
                    if claimed:
                        booking.send_reminder(signup, slot, request)
                        reminded.append(signup)
    return reminded
