"""A month as weeks of days (Monday first) holding their entries, and entries grouped by day."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.utils.dateformat import format as date_format
from django.utils.functional import cached_property

from portal.dates import PARIS, day_label


@dataclass
class Day:
    """A day of the grid. A busy day shows its first entries and links to its own list for the rest,
    so that a day with dozens of dates keeps the month readable (and the page light): only those
    first entries are read and built (`month_entries`), with the number of the day's dates."""

    GRID_LIMIT = 3
    LIST_LIMIT = 6
    SHOWN = max(GRID_LIMIT, LIST_LIMIT)

    date: datetime.date
    in_month: bool
    is_today: bool
    # Its first entries in the agenda's order (all of them when placed by `MonthGrid.place`), and how many it has.
    entries: list = field(default_factory=list)
    count: int = 0

    @cached_property
    def label(self):
        """« jeudi 3 décembre 2026 »: written four times for a busy day, formatted once."""
        return day_label(self.date)

    @property
    def key(self):
        return self.date.isoformat()

    @property
    def grid_entries(self):
        return self.entries[: self.GRID_LIMIT]

    @property
    def grid_more(self):
        return max(0, self.count - self.GRID_LIMIT)

    @property
    def list_entries(self):
        return self.entries[: self.LIST_LIMIT]

    @property
    def list_more(self):
        return max(0, self.count - self.LIST_LIMIT)


def group_by_day(entries):
    """[(date, [entries…]), …] in the order the entries come."""
    days = []
    for entry in entries:
        if not days or days[-1][0] != entry.day:
            days.append((entry.day, []))
        days[-1][1].append(entry)
    return days


class MonthGrid:
    WEEKDAYS = [
        ("lun.", "lundi"),
        ("mar.", "mardi"),
        ("mer.", "mercredi"),
        ("jeu.", "jeudi"),
        ("ven.", "vendredi"),
        ("sam.", "samedi"),
        ("dim.", "dimanche"),
    ]

    def __init__(self, first_day, today):
        self.first_day = first_day.replace(day=1)
        self.today = today
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(self.first_day.year, self.first_day.month)
        self.weeks = [[Day(day, day.month == self.first_day.month, day == today) for day in week] for week in weeks]
        self._by_date = {day.date: day for week in self.weeks for day in week}

    @property
    def window_start(self):
        return datetime.datetime.combine(self.first_day, datetime.time.min, tzinfo=PARIS)

    @property
    def window_end(self):
        return datetime.datetime.combine(self.next_month, datetime.time.min, tzinfo=PARIS)

    @property
    def next_month(self):
        return (self.first_day + datetime.timedelta(days=32)).replace(day=1)

    @property
    def previous_month(self):
        return (self.first_day - datetime.timedelta(days=1)).replace(day=1)

    @property
    def label(self):
        return date_format(self.first_day, "F Y").capitalize()

    @property
    def key(self):
        return self.first_day.strftime("%Y-%m")

    @property
    def days(self):
        """The dates of the month, in order."""
        return [day.date for week in self.weeks for day in week if day.in_month]

    def place(self, entries):
        """Each entry on its day; a date lasting several days (a week-long stage) on each of its days."""
        for entry in entries:
            date = entry.day
            last = entry.last_day or date
            while date <= last:
                day = self._by_date.get(date)
                if day is not None and day.in_month:
                    day.entries.append(entry)
                    day.count += 1
                date += datetime.timedelta(days=1)

    def fill(self, days):
        """Each day's first entries and number of entries, from {date: (entries, count)} (`month_entries`)."""
        for date, (entries, count) in days.items():
            day = self._by_date.get(date)
            if day is not None and day.in_month:
                day.entries, day.count = entries, count

    @property
    def busy_days(self):
        return [day for week in self.weeks for day in week if day.in_month and day.count]

    @property
    def entry_count(self):
        """The dates of the month, a date lasting several days counted on each of its days."""
        return sum(day.count for day in self.busy_days)
