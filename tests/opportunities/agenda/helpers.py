"""Shared set-up of the agenda tests: the agenda page and events on chosen dates."""

import datetime

from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory, paris
from opportunities.models import EventDateChange
from portal.dates import PARIS


def make_agenda(home_page):
    return EventIndexPageFactory(parent=home_page)


def add_event(agenda, **fields):
    return EventPageFactory(parent=agenda, **fields)


def change_date(event, day, status="cancelled", note="", new_start=None, new_end=None):
    return EventDateChange.objects.create(
        page=event, date=day, status=status, note=note, new_start=new_start, new_end=new_end
    )


def at(day, hour, minute=0):
    """`day` at `hour`:`minute`, Paris time."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=PARIS)


def first_weekday_of_month(month_start, weekday):
    """The first `weekday` (0 = Monday) of the month starting on `month_start`."""
    return month_start + datetime.timedelta(days=(weekday - month_start.weekday()) % 7)


def next_month_start():
    today = datetime.datetime.now(PARIS).date()
    return (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)


__all__ = ["at", "make_agenda", "add_event", "change_date", "first_weekday_of_month", "next_month_start", "paris"]
