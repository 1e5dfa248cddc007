"""Repeating dates: editor-friendly rules turned into RFC 5545 RRULE strings, and expanded over a window.

Rules are expanded on Paris wall-clock time: a permanence at 14:00 stays at 14:00 after the
change to or from summer time, as calendar clients do with a TZID'd DTSTART.
"""

import datetime
from dataclasses import dataclass

from dateutil.rrule import rrulestr
from django.db import models

from portal.dates import PARIS

ICAL_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class Frequency(models.TextChoices):
    ONCE = "once", "Une seule fois"
    WEEKLY = "weekly", "Toutes les semaines"
    MONTHLY_BY_DATE = "monthly_date", "Tous les mois, à la même date (par ex. le 12)"
    MONTHLY_BY_WEEKDAY = "monthly_weekday", "Tous les mois, le même jour de la semaine (par ex. le premier jeudi)"


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, "premier"
    SECOND = 2, "deuxième"
    THIRD = 3, "troisième"
    FOURTH = 4, "quatrième"
    LAST = -1, "dernier"


def week_of_month(day):
    """The rank of `day`'s weekday in its month: 1 for the first Thursday… (5 never happens: it is 'last')."""
    rank = (day.day - 1) // 7 + 1
    return WeekOfMonth.LAST if rank == 5 else rank


def is_last_of_month(day):
    return (day + datetime.timedelta(days=7)).month != day.month


def build_rrule(frequency, start, interval=1, until=None, position=None):
    """The RRULE value (without the 'RRULE:' prefix) for a rule, or "" for a one-off date.

    `start` is the aware first start; `until` a date (inclusive, in Paris time); `position` the
    week of the month for monthly-by-weekday rules (defaults to the start's).
    """
    if frequency in (None, "", Frequency.ONCE):
        return ""
    local = start.astimezone(PARIS)
    parts = []
    if frequency == Frequency.WEEKLY:
        parts += ["FREQ=WEEKLY", f"BYDAY={ICAL_WEEKDAYS[local.weekday()]}"]
    elif frequency == Frequency.MONTHLY_BY_DATE:
        parts += ["FREQ=MONTHLY", f"BYMONTHDAY={local.day}"]
    elif frequency == Frequency.MONTHLY_BY_WEEKDAY:
        rank = position or week_of_month(local.date())
        parts += ["FREQ=MONTHLY", f"BYDAY={rank}{ICAL_WEEKDAYS[local.weekday()]}"]
    else:
        raise ValueError(f"unknown frequency {frequency!r}")
    if interval and interval > 1:
        parts.append(f"INTERVAL={interval}")
    if until:
        # RFC 5545: with a TZID'd DTSTART, UNTIL is given in UTC. Inclusive of the whole last day.
        last_moment = datetime.datetime.combine(until, datetime.time(23, 59, 59), tzinfo=PARIS)
        parts.append("UNTIL=" + last_moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ"))
    return ";".join(parts)


def rule_starts(rrule, start, window_start, window_end):
    """Aware starts (Paris time) of `rrule` from `start` that fall in [window_start, window_end]."""
    first = start.astimezone(PARIS)
    if not rrule:
        return [first] if window_start <= first <= window_end else []
    rule = rrulestr(rrule, dtstart=first)
    return rule.between(window_start, window_end, inc=True)


def starts_on_days(rrule, start, days):
    """{day: the start of the rule's date on that day} for those of `days` (Paris dates) the rule has a date on.

    The rule is parsed once and its dates cached as they are found: asking day by day would
    parse and walk the rule from its first date again for every day.
    """
    first = start.astimezone(PARIS)
    if not rrule:
        return {first.date(): first} if first.date() in days else {}
    rule = rrulestr(rrule, dtstart=first, cache=True)
    found = {}
    for day in sorted(days):
        day_start = datetime.datetime.combine(day, datetime.time.min, tzinfo=PARIS)
        starts = rule.between(day_start, day_start + datetime.timedelta(days=1, microseconds=-1), inc=True)
        if starts:
            found[day] = starts[0]
    return found


def start_matches_rule(rrule, start):
    """True when the first start is itself a date of the rule (RFC 5545 expects DTSTART to be one)."""
    if not rrule:
        return True
    first = start.astimezone(PARIS)
    return bool(rule_starts(rrule, first, first, first))


@dataclass(frozen=True)
class Occurrence:
    """One date of an event, with what changed on that date."""

    start: datetime.datetime
    end: datetime.datetime
    original_start: datetime.datetime
    cancelled: bool = False
    moved: bool = False
    note: str = ""

    @property
    def day(self):
        return self.start.astimezone(PARIS).date()


def local_duration(start, end):
    """Wall-clock duration, so that 14:00–17:00 stays 14:00–17:00 on every date of a series."""
    return end.astimezone(PARIS).replace(tzinfo=None) - start.astimezone(PARIS).replace(tzinfo=None)


def shifted_end(occurrence_start, duration):
    naive = occurrence_start.astimezone(PARIS).replace(tzinfo=None) + duration
    return naive.replace(tzinfo=PARIS)


def expand(start, end, rrule, exceptions, window_start, window_end):
    """Occurrences overlapping [window_start, window_end), exceptions applied.

    `exceptions` maps an original local date to an object with `is_cancelled`, `new_start`,
    `new_end` and `note`. Cancelled dates are returned marked as cancelled.
    """
    duration = local_duration(start, end)
    # An occurrence that started before the window but is still running overlaps it.
    lookback = end - start
    occurrences = []
    for original in rule_starts(rrule, start, window_start - lookback, window_end):
        change = exceptions.get(original.date())
        original_end = shifted_end(original, duration)
        if change is None:
            occurrences.append(Occurrence(original, original_end, original))
        elif change.is_cancelled:
            occurrences.append(Occurrence(original, original_end, original, cancelled=True, note=change.note))
    moved = {day: change for day, change in exceptions.items() if not change.is_cancelled and change.new_start}
    for day, original in starts_on_days(rrule, start, moved).items():
        change = moved[day]
        new_start = change.new_start.astimezone(PARIS)
        new_end = change.new_end.astimezone(PARIS) if change.new_end else shifted_end(new_start, duration)
        occurrences.append(Occurrence(new_start, new_end, original, moved=True, note=change.note))
    occurrences = [o for o in occurrences if o.end > window_start and o.start < window_end]
    return sorted(occurrences, key=lambda o: o.start)


FRENCH_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def describe(frequency, start, interval=1, until=None, position=None):
    """The rule in plain French: « Le premier jeudi du mois, jusqu'au 30 juin 2027 »."""
    if frequency in (None, "", Frequency.ONCE):
        return ""
    local = start.astimezone(PARIS)
    weekday = FRENCH_WEEKDAYS[local.weekday()]
    every = interval if interval and interval > 1 else 1
    if frequency == Frequency.WEEKLY:
        text = f"Chaque {weekday}" if every == 1 else f"Un {weekday} toutes les {every} semaines"
    elif frequency == Frequency.MONTHLY_BY_DATE:
        day = "1er" if local.day == 1 else str(local.day)
        text = f"Le {day} de chaque mois" if every == 1 else f"Le {day}, tous les {every} mois"
    else:
        rank = WeekOfMonth(position or week_of_month(local.date())).label
        text = f"Le {rank} {weekday} du mois" if every == 1 else f"Le {rank} {weekday} du mois, tous les {every} mois"
    if until:
        day = "1er" if until.day == 1 else str(until.day)
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre"]
        months += ["novembre", "décembre"]
        text += f", jusqu'au {day} {months[until.month - 1]} {until.year}"
    return text
