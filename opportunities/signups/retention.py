"""Sign-ups keep contact data of minors: it is erased once it is no longer needed.

The row itself stays (status, age, collégien or not, the person's key) so the programme's figures
still count it, and so does the dated evidence of a parent's answer (`consent`, when it was asked
and answered): it names nobody once the contact data, the parent's e-mail included, is erased.
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
