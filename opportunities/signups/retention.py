"""Sign-ups keep contact data of minors: it is erased once it is no longer needed.

The row itself stays (status, age, collégien or not) so the programme's figures still count it.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from opportunities.signups.models import SignUp


def retention_days():
    return settings.SIGNUP_RETENTION_DAYS


def erase_old_signups(now=None, days=None):
    """Blank the personal fields of sign-ups older than the retention period; returns how many."""
    limit = (now or timezone.now()) - datetime.timedelta(days=days if days is not None else retention_days())
    old = SignUp.objects.filter(created_at__lt=limit).exclude(first_name="", last_name="", email="", phone="")
    return old.update(**dict.fromkeys(SignUp.PERSONAL_FIELDS, ""))
