"""Who a row stands for, the same way in every app that counts young people (sign-ups, stories, help requests).

A young person is their first name + normalised e-mail (lower case, no spaces around): the identity the
sign-ups' `person_key` is made from, so one young person who signed up, sent a story and asked for help is
counted once. Without an e-mail, a fallback key (an erased sign-up's `person_key`, a phone), else the row
itself. An SQL expression: counts stay in the database.
"""

from django.db.models import Case, CharField, Q, Value, When
from django.db.models.functions import Cast, Coalesce, Concat, Lower, Trim


def person(prefix, fallback=None):
    """The key of the young person a row stands for; `prefix` keeps rows of different sources apart."""
    row = Concat(Value(prefix), Cast("pk", output_field=CharField()))
    named = Concat(Lower(Trim("first_name")), Value("|"), Lower(Trim("email")), output_field=CharField())
    otherwise = Coalesce(fallback, row, output_field=CharField()) if fallback is not None else row
    return Case(When(~Q(email=""), then=named), default=otherwise, output_field=CharField())
