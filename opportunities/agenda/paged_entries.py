"""The agenda's list and archive, a page at a time: the database orders and counts the dates.

The list covers a year of dates (about 7,500 at bench scale) and shows twenty. Each kind of date
(event dates, offer sessions) is asked for its first dates in the agenda's order, as many as the pages
up to the one shown hold, as narrow rows with the number of all of them (a window count); the two are
merged as `entries.between` orders them (by start, then title, events first on a tie), and only the
dates of the page are read whole and built (`entries.by_key`). Titles are compared by code point in
the database (`ORDER_COLLATION`), as Python compares them, so both agree on the order.
"""

import datetime

from django.db import connection
from django.db.models import Count, F, Q, Window
from django.db.models.functions import Coalesce, Collate
from django.utils import timezone

from opportunities.agenda import entries, stored_dates
from opportunities.offers.models import OfferSession

# Code point order, as Python sorts strings.
ORDER_COLLATION = {"postgresql": "C", "sqlite": "BINARY"}


class DatedEntries:
    """The entries of a window as a sequence a paginator slices: each slice builds only what it shows.

    `newest_first` lists from the end of the window (the archive); `ended` keeps only what has ended
    by the end of the window. `first_needed` is how far the first slice will likely reach (the end of
    the page asked for): the count is read with those first rows.
    """

    def __init__(self, window, filters, request=None, newest_first=False, ended=False, first_needed=1):
        self.window = window
        self.filters, self.request = filters, request
        self.newest_first, self.ended = newest_first, ended
        self.first_needed = first_needed
        self._keys, self._total = [], None

    def count(self):
        if self._total is None:
            self._order_first(max(self.first_needed, 1))
        return self._total

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        stop = self.count() if index.stop is None else index.stop
        if stop > len(self._keys) and len(self._keys) < self._total:
            self._order_first(stop)
        keys = self._keys[index]
        built = entries.by_key(keys, self.request)
        return [built[key] for key in keys]

    def _order_first(self, how_many):
        """The (kind, pk) of the first `how_many` dates in the agenda's order, and the number of all dates."""
        zone = timezone.get_current_timezone()
        event_rows = list(self._event_dates()[:how_many])
        session_rows = list(self._sessions()[:how_many])
        events = [(start, title, entries.EVENT, pk) for pk, start, title, _ in event_rows]
        sessions = [
            (datetime.datetime.combine(day, time, tzinfo=zone), title, entries.OFFER_SESSION, pk)
            for pk, day, time, title, _ in session_rows
        ]
        if self.newest_first:
            # Read from the end: back in the agenda's order, whose exact reverse is listed.
            events.reverse()
            sessions.reverse()
        dates = sorted(events + sessions, key=lambda date: (date[0], date[1]))
        if self.newest_first:
            dates.reverse()
        self._keys = [(kind, pk) for _, _, kind, pk in dates[:how_many]]
        self._total = sum(rows[0][-1] for rows in (event_rows, session_rows) if rows)

    def _order(self, *fields, title):
        collation = ORDER_COLLATION.get(connection.vendor)
        title = Collate(title, collation) if collation else F(title)
        order = [F(name) for name in fields[:-1]] + [title, F(fields[-1])]
        return [field.desc() if self.newest_first else field.asc() for field in order]

    def _event_dates(self):
        window_start, window_end = self.window
        events = entries.filtered_events(self.filters).values("pk")
        rows = stored_dates.in_window(window_start, window_end).filter(event__in=events)
        if self.ended:
            rows = rows.filter(end__lte=window_end)
        rows = rows.annotate(total=Window(Count("pk"))).order_by(*self._order("start", "pk", title="event__title"))
        return rows.values_list("pk", "start", "event__title", "total")

    def _sessions(self):
        """Sessions overlapping the window, compared in local time as their date and times are kept."""
        window_start, window_end = (timezone.localtime(moment) for moment in self.window)
        sessions = OfferSession.objects.filter(page__in=entries.filtered_offers(self.filters))
        sessions = sessions.annotate(last_day=Coalesce("end_date", "date"))
        sessions = sessions.filter(_before("date", "start_time", window_end, strictly=True))
        sessions = sessions.exclude(_before("last_day", "end_time", window_start))
        if self.ended:
            sessions = sessions.filter(_before("last_day", "end_time", window_end))
        sessions = sessions.annotate(total=Window(Count("pk")))
        sessions = sessions.order_by(*self._order("date", "start_time", "pk", title="page__title"))
        return sessions.values_list("pk", "date", "start_time", "page__title", "total")


def _before(day_field, time_field, moment, strictly=False):
    """A day and a time of day (local) before `moment` (a local datetime), or at it unless `strictly`."""
    at_time = {f"{time_field}__lt" if strictly else f"{time_field}__lte": moment.time()}
    return Q(**{f"{day_field}__lt": moment.date()}) | Q(**{day_field: moment.date()}, **at_time)


def upcoming(filters, request=None, months=12, first_needed=1):
    """What `entries.upcoming` lists, a page at a time."""
    now = timezone.now()
    window = (now, now + datetime.timedelta(days=31 * months))
    return DatedEntries(window, filters, request, first_needed=first_needed)


def past(filters, request=None, months=12, first_needed=1):
    """What `entries.past` lists (what has ended, most recent first), a page at a time."""
    now = timezone.now()
    window = (now - datetime.timedelta(days=31 * months), now)
    return DatedEntries(window, filters, request, newest_first=True, ended=True, first_needed=first_needed)
