"""The link that proves a company owns its e-mail address: signed, time-limited, no table needed."""

from django.core import signing

SALT = "company-space.email-verification"
MAX_AGE = 3 * 24 * 3600


def make_token(account):
    # The address is signed too, so a link stops working if the e-mail changes.
    return signing.dumps({"account": account.pk, "email": account.user.email}, salt=SALT, compress=True)


def read_token(token):
    """The (account id, e-mail) a link was made for; raises signing.BadSignature (or SignatureExpired)."""
    data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    return data["account"], data["email"]
