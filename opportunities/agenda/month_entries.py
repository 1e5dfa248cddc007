"""The month table's dates: each day's first dates in the agenda's order, and how many it has.

A month holds about a thousand dates at bench scale and the table shows a few a day (`month_grid.Day`).
Every date of the month is read as a narrow row (its start and its page's title: what orders it), the
days are filled and counted from those, and only the dates shown are then read whole and built into
entries (`entries.by_key`). Same order as `entries.between`: by start, then
title, events before sessions on a tie; a session lasting several days is on each of its days.
"""

import datetime
from collections import defaultdict
from typing import NamedTuple

from django.db.models import Q
from django.utils import timezone

from opportunities.agenda import entries, stored_dates
from opportunities.agenda.month_grid import Day
from opportunities.agenda.stored_dates import EventDate
from opportunities.offers.models import OfferSession
from portal.dates import PARIS


class _Date(NamedTuple):
    start: datetime.datetime
    title: str
    kind: str
    pk: int
    first_day: datetime.date
    last_day: datetime.date


def fill(grid, filters, request=None):
    """Put on each day of `grid` (a `month_grid.MonthGrid`) its first dates and its number of dates."""
    if not stored_dates.covers(grid.window_end):
        # Years ahead, the rules are expanded on the fly: every date of the month is built.
        grid.place(entries.between(grid.window_start, grid.window_end, filters, request))
        return
    dates = sorted(_month_dates(grid, filters), key=lambda date: (date.start, date.title))
    shown, counts = defaultdict(list), defaultdict(int)
    one_day, next_month = datetime.timedelta(days=1), grid.next_month
    for date in dates:
        day = max(date.first_day, grid.first_day)
        while day <= date.last_day and day < next_month:
            counts[day] += 1
            if len(shown[day]) < Day.SHOWN:
                shown[day].append(date)
            day += one_day
    built = entries.by_key({(date.kind, date.pk) for day_dates in shown.values() for date in day_dates}, request)
    grid.fill({day: ([built[date.kind, date.pk] for date in shown[day]], counts[day]) for day in counts})


def _month_dates(grid, filters):
    """Every date with a day in the month, events first, as narrow rows."""
    events = entries.filtered_events(filters).values("pk")
    # An event date is shown on the day it starts.
    rows = EventDate.objects.filter(start__gte=grid.window_start, start__lt=grid.window_end, event__in=events)
    for pk, start, title in rows.values_list("pk", "start", "event__title"):
        day = start.astimezone(PARIS).date()
        yield _Date(start, title, entries.EVENT, pk, day, day)
    zone = timezone.get_current_timezone()
    sessions = OfferSession.objects.filter(page__in=entries.filtered_offers(filters), date__lt=grid.next_month)
    sessions = sessions.filter(Q(date__gte=grid.first_day) | Q(end_date__gte=grid.first_day))
    for pk, date, end_date, start_time, title in sessions.values_list(
        "pk", "date", "end_date", "start_time", "page__title"
    ):
        start = datetime.datetime.combine(date, start_time, tzinfo=zone)
        yield _Date(start, title, entries.OFFER_SESSION, pk, date, max(end_date or date, date))
