"""How the programme counts young people: one written definition, used by every figure.

Every count here is of distinct people (`person()`: first name + e-mail, as `SignUp.person_key`,
shared with the programme's indicators through `portal/people.py`), never of rows: the same young
person signed up for three dates is one young person. Funders' indicators, the home figures and
the company space build on these functions; pass a queryset of `SignUp` to narrow them (one
offer, one territory, one month), or nothing for the whole programme.

- *taking part* (`counted`): a sign-up that holds a seat (confirmed) and was not marked absent.
  Attendance is used where it is marked; before the date, or where nobody marked it, the
  confirmed seat counts.
- *attended* (`attended`): marked present.
- waiting list, cancelled and not yet agreed by a parent: never counted.
- a class booked by a teacher counts its headcount (pupils are not named, so each is one person).
"""

from django.db.models import Count, Sum, Value
from django.db.models.functions import NullIf

from opportunities.signups.models import Attendance, SignUp, SignUpStatus
from portal import people as persons

__all__ = ["attended", "collegiens", "confirmed", "counted", "people", "person", "young_people"]


def _all(signups):
    return SignUp.objects.all() if signups is None else signups


def people(signups):
    """How many distinct people `signups` stand for (a row without a key counts alone, a class its headcount)."""
    individuals = signups.filter(is_class_booking=False).order_by().aggregate(n=Count(person(), distinct=True))["n"]
    pupils = signups.filter(is_class_booking=True).order_by().aggregate(n=Sum("headcount"))["n"] or 0
    return individuals + pupils


def person():
    """Who a sign-up stands for (SQL): first name + e-mail, else its `person_key` (phone only, or erased),
    else the row."""
    return persons.person("inscription-", fallback=NullIf("person_key", Value("")))


def confirmed(signups=None):
    """Sign-ups holding a seat."""
    return _all(signups).filter(status=SignUpStatus.CONFIRMED)


def counted(signups=None):
    """Sign-ups that count as taking part: holding a seat and not marked absent."""
    return confirmed(signups).exclude(attendance=Attendance.ABSENT)


def attended(signups=None):
    """Sign-ups marked present on the day."""
    return confirmed(signups).filter(attendance=Attendance.PRESENT)


def young_people(signups=None):
    """Distinct young people taking part."""
    return people(counted(signups))


def collegiens(signups=None):
    """Distinct collégiens taking part: the programme's "1,000 collégiens" figure."""
    return people(counted(signups).filter(is_collegien=True))
