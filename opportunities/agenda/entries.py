"""Everything dated in the programme as one list of entries, whatever it comes from.

Event dates (repeating events expanded over the window) and the sessions of company offers
become `CalendarEntry` objects, built from plain values read with the dates in one query per kind:
a month holds about a thousand dates at bench scale, and page objects for them cost a third of a
second. The day view, the home page, partner pages and the iCalendar feed read them through
`between()`, with the same filters, so they cannot disagree; the month table (`month_entries`) and
the list and archive (`paged_entries`) pick the dates they show in the same order, with the same
filters, and build only those (`by_key`).
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from opportunities.agenda import ical, stored_dates
from opportunities.agenda.event_page import EventPage
from opportunities.agenda.models import EventCategory
from opportunities.offers.models import OfferSession, OfferType
from opportunities.offers.offer_page import OfferPage
from portal.dates import PARIS
from portal.links import PageUrls
from portal.models.places import PLACE_VALUES, place_of_values
from portal.visibility import visible

EVENT = "evenement"
OFFER_SESSION = "offre"


@dataclass(frozen=True)
class AgendaFilters:
    """What the visitor filters on: `type`, `territoire` (a territory slug) and `commune`."""

    type: str = ""
    territory: str = ""
    commune: str = ""

    def is_empty(self):
        return not (self.type or self.territory or self.commune)


@dataclass
class CalendarEntry:
    title: str
    start: datetime.datetime
    end: datetime.datetime
    url: str
    kind: str
    type_key: str
    type_label: str
    # The event or offer this is a date of, and the id of the territory it takes place in (not displayed).
    page_id: int | None = None
    territory: int | None = None
    commune: str = ""
    place: str = ""
    # The full address on one line and (latitude, longitude), for calendar files.
    location: str = ""
    geo: tuple | None = None
    cancelled: bool = False
    moved: bool = False
    note: str = ""
    original_start: datetime.datetime | None = None
    # The last day (Paris) of a date lasting several days (a week-long stage): the month shows it on each day.
    last_day: datetime.date | None = None
    # For entries that are not agenda events: their iCalendar UID (without domain) and last change.
    uid: str = ""
    stamp: datetime.datetime | None = None

    card_template = "opportunities/includes/agenda_card.html"

    @property
    def day(self):
        return self.start.astimezone(PARIS).date()

    @property
    def start_iso(self):
        """The start as `<time datetime>` wants it (what the `date:'c'` filter gives, without its cost)."""
        return self.start.astimezone(PARIS).isoformat()

    @property
    def is_past(self):
        return self.end <= timezone.now()


def type_choices():
    """(key, label) of every type of dated thing, events first; offer types once offers exist."""
    choices = dict(EventCategory.choices)
    for key, label in OfferType.choices:
        # A "job dating" is one type whether a company or a partner runs it.
        choices.setdefault(key, label)
    return list(choices.items())


def between(window_start, window_end, filters=None, request=None, partner=None):
    """Entries overlapping [window_start, window_end), sorted by start then title."""
    filters = filters or AgendaFilters()
    found = event_entries(window_start, window_end, filters, request, partner)
    found += other_entries(window_start, window_end, filters, request, partner)
    return sorted(found, key=lambda entry: (entry.start, entry.title))


def other_entries(window_start, window_end, filters, request=None, partner=None):
    """Entries that do not come from agenda events: the sessions of company offers."""
    return session_entries(window_start, window_end, filters, request, partner)


def upcoming(filters=None, request=None, months=12, partner=None):
    now = timezone.now()
    return between(now, now + datetime.timedelta(days=31 * months), filters, request, partner)


def on_day(day, filters=None, request=None):
    """Every entry starting on `day` (a date, Europe/Paris), past or not."""
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=PARIS)
    end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min, tzinfo=PARIS)
    return [entry for entry in between(start, end, filters, request) if entry.day == day]


def past(filters=None, request=None, months=12):
    now = timezone.now()
    found = between(now - datetime.timedelta(days=31 * months), now, filters, request)
    return [entry for entry in reversed(found) if entry.end <= now]


def _matching(pages, type_field, filters):
    """Pages of one kind (events, offers) matching the filters, by the same rules for every kind."""
    if filters.type:
        pages = pages.filter(**{type_field: filters.type})
    if filters.territory:
        pages = pages.in_territory(filters.territory)
    if filters.commune:
        pages = pages.in_commune(filters.commune)
    return pages


def filtered_events(filters, partner=None):
    """Live, public events matching the filters (as pages, with what they display fetched in bulk)."""
    events = _matching(visible(EventPage.objects.with_related()), "category", filters)
    if partner is not None:
        events = events.filter(Q(place_partner=partner) | Q(organiser=partner))
    return events


def event_entries(window_start, window_end, filters, request=None, partner=None):
    events = filtered_events(filters, partner)
    if not stored_dates.covers(window_end):
        # Far in the future (a month view years ahead): expand the rules on the fly.
        return entries_of_events(events.overlapping(window_start, window_end), window_start, window_end, request)
    rows = stored_dates.in_window(window_start, window_end).filter(event__in=events.values("pk"))
    return entries_of_rows(with_events(rows).order_by("start", "pk"), request)


# What an entry shows of the page it is a date of and of the partner that page is at (its place,
# by the rule of `portal.models.places`), read as plain values in the dates' own query. An offer's
# entry names its company, not the partner it is at: one join less on two thousand sessions.
TERRITORY_VALUES = ("territory_id", "place_partner__territory_id", *PLACE_VALUES)
EVENT_VALUES = ("title", "url_path", "category", "venue_name", "online_url", "place_partner__title", *TERRITORY_VALUES)
DATE_VALUES = ("event_id", "start", "end", "original_start", "cancelled", "moved", "note")
OFFER_VALUES = ("title", "url_path", "offer_type", "last_published_at", "latest_revision_created_at")
OFFER_VALUES += ("company__title", *TERRITORY_VALUES)
SESSION_VALUES = ("pk", "page_id", "date", "end_date", "start_time", "end_time", "cancelled")

EVENT_LABELS = dict(EventCategory.choices)
TYPE_LABELS = dict(OfferType.choices)


def by_key(keys, request=None):
    """{(kind, pk): entry} for these (kind, pk) of event dates (`stored_dates.EventDate`) and offer
    sessions, read whole: one query per kind. For views that pick the dates they show from narrow rows."""
    pks = {EVENT: [], OFFER_SESSION: []}
    for kind, pk in keys:
        pks[kind].append(pk)
    built = {}
    if pks[EVENT]:
        rows = list(with_events(stored_dates.EventDate.objects.filter(pk__in=pks[EVENT]), "pk"))
        found = entries_of_rows(rows, request)
        built.update(((EVENT, row["pk"]), entry) for row, entry in zip(rows, found, strict=True))
    if pks[OFFER_SESSION]:
        rows = list(with_offers(OfferSession.objects.filter(pk__in=pks[OFFER_SESSION])))
        found = entries_of_sessions(rows, request)
        built.update(((OFFER_SESSION, row["pk"]), entry) for row, entry in zip(rows, found, strict=True))
    return built


def with_events(rows, *extra):
    """Stored dates (`stored_dates.EventDate`) as plain values, with what their entries show of their event
    (and the `extra` values or annotations)."""
    return rows.values(*DATE_VALUES, *(f"event__{name}" for name in EVENT_VALUES), *extra)


def entries_of_rows(rows, request=None):
    """Entries of stored dates read `with_events`, in their order."""
    urls = PageUrls(request)
    events = {}
    found = []
    for row in rows:
        event = events.get(row["event_id"])
        if event is None:
            event = events[row["event_id"]] = _event_values(row, "event__", urls)
        found.append(
            CalendarEntry(
                start=row["start"],
                end=row["end"],
                cancelled=row["cancelled"],
                moved=row["moved"],
                note=row["note"],
                original_start=row["original_start"],
                **event,
            )
        )
    return found


def _event_values(row, prefix, urls):
    """What every date of one event shows of it (the keyword arguments of its entries)."""
    place = _place(row, prefix)
    name = row[prefix + "venue_name"] or (row[prefix + "place_partner__title"] if place["at_partner"] else "")
    location = ical.location_line(name, place["label"], row[prefix + "online_url"])
    category = row[prefix + "category"]
    return {
        "title": row[prefix + "title"],
        "url": urls(row[prefix + "url_path"]),
        "kind": EVENT,
        "type_key": category,
        "type_label": EVENT_LABELS.get(category, category),
        "page_id": row["event_id"],
        "territory": place["territory"],
        "commune": place["commune"],
        "place": name or location,
        "location": location,
        "geo": place["geo"],
    }


def _place(row, prefix=""):
    """The place shown for a page read as values (`TERRITORY_VALUES` after `prefix`), by the rule of
    `portal.models.places` (`place_of_values`), with its territory."""
    place = place_of_values({name: row[prefix + name] for name in PLACE_VALUES})
    place["territory"] = row[prefix + "territory_id"] or row[prefix + "place_partner__territory_id"]
    return place


def entries_of_events(events, window_start, window_end, request=None):
    """The dated entries of these events (pages) in the window, their rules expanded now."""
    found = []
    for event in events:
        shown = {
            "title": event.title,
            "url": event.get_url(request),
            "kind": EVENT,
            "type_key": event.category,
            "type_label": event.get_category_display(),
            "page_id": event.pk,
            "territory": getattr(event.place_territory, "pk", None),
            "commune": event.place_commune,
            "place": event.place_name or event.location_text,
            "location": event.location_text,
            "geo": event.place_coordinates,
        }
        for occurrence in event.occurrences(window_start, window_end):
            found.append(
                CalendarEntry(
                    start=occurrence.start,
                    end=occurrence.end,
                    cancelled=occurrence.cancelled,
                    moved=occurrence.moved,
                    note=occurrence.note,
                    original_start=occurrence.original_start,
                    **shown,
                )
            )
    return found


def filtered_offers(filters, partner=None):
    """Live, public offers matching the filters: those whose sessions are in the agenda."""
    offers = _matching(visible(OfferPage.objects.all()), "offer_type", filters)
    if partner is not None:
        offers = offers.filter(Q(company=partner) | Q(place_partner=partner))
    return offers


def session_entries(window_start, window_end, filters, request=None, partner=None):
    first_day = window_start.astimezone(PARIS).date() - datetime.timedelta(days=1)
    last_day = window_end.astimezone(PARIS).date()
    sessions = OfferSession.objects.filter(page__in=filtered_offers(filters, partner), date__lte=last_day)
    sessions = sessions.filter(Q(date__gte=first_day) | Q(end_date__gte=first_day))
    return entries_of_sessions(with_offers(sessions), request, window_start, window_end)


def session_entry(session, request=None):
    """One offer session as an agenda entry, for its own "Ajouter à mon agenda" file: as in the feed."""
    return entries_of_sessions(with_offers(OfferSession.objects.filter(pk=session.pk)), request)[0]


def with_offers(sessions, *extra):
    """Offer sessions as plain values, with what their entries show of their offer (and the `extra` values
    or annotations), in the same query."""
    return sessions.values(*SESSION_VALUES, *(f"page__{name}" for name in OFFER_VALUES), *extra)


def entries_of_sessions(rows, request=None, window_start=None, window_end=None):
    """Entries of sessions read `with_offers`, those overlapping the window if one is given."""
    zone = timezone.get_current_timezone()
    combine = datetime.datetime.combine
    urls = PageUrls(request)
    offers = {}
    found = []
    for row in rows:
        # `OfferSession.starts_at` and `ends_at`, from the values.
        last_day = row["end_date"] or row["date"]
        start = combine(row["date"], row["start_time"], tzinfo=zone)
        end = combine(last_day, row["end_time"], tzinfo=zone)
        if window_start is not None and not (end > window_start and start < window_end):
            continue
        offer = offers.get(row["page_id"])
        if offer is None:
            offer = offers[row["page_id"]] = _offer_values(row, "page__", urls)
        found.append(
            CalendarEntry(
                start=start,
                end=end,
                cancelled=row["cancelled"],
                note="Cette session est annulée." if row["cancelled"] else "",
                original_start=start,
                last_day=last_day if last_day > row["date"] else None,
                uid=f"seance-{row['pk']}",
                **offer,
            )
        )
    return found


def _offer_values(row, prefix, urls):
    """What every session of one offer shows of it (the keyword arguments of its entries)."""
    place, company = _place(row, prefix), row[prefix + "company__title"] or ""
    offer_type = row[prefix + "offer_type"]
    stamp = row[prefix + "last_published_at"] or row[prefix + "latest_revision_created_at"] or timezone.now()
    return {
        "title": row[prefix + "title"],
        "url": urls(row[prefix + "url_path"]),
        "kind": OFFER_SESSION,
        "type_key": offer_type,
        "type_label": TYPE_LABELS.get(offer_type, offer_type),
        "page_id": row["page_id"],
        "territory": place["territory"],
        "commune": place["commune"],
        "place": company or place["label"],
        "location": ", ".join(part for part in (company, place["label"]) if part),
        "geo": place["geo"],
        "stamp": stamp,
    }
