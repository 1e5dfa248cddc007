"""A minor's sign-up needs a parent's agreement: the signed link the parent receives, and how long a seat waits.

The parent's link carries the sign-up's id signed with the site's key (nothing to guess, nothing
stored); it stays valid while the sign-up lives. The booking engine (`booking.answer_consent`,
`booking.release_expired_holds`) does the rest with the slot locked.
"""

import datetime

from django.conf import settings
from django.core import signing

from portal.links import reverse_url

SALT = "opportunities.signups.parental-consent"


def hold_period():
    return datetime.timedelta(hours=settings.PARENTAL_CONSENT_HOLD_HOURS)


def token_for(signup):
    return signing.dumps(signup.pk, salt=SALT)


def signup_pk_from_token(token):
    """The sign-up a parent's link names, or None when the link was altered."""
    try:
        return int(signing.loads(token, salt=SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def consent_url(signup, request=None):
    return reverse_url("signup_parent", args=[token_for(signup)], request=request)
