"""Everything dated in the programme as one list of entries, whatever it comes from.

Event dates (repeating events expanded over the window) and the sessions of company offers
become `CalendarEntry` objects. The list view, the month table, the home page, partner
pages and the iCalendar feed all read them through `between()`, with the same filters, so
they cannot disagree.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from opportunities.agenda import stored_dates
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
    territory: object = None  # a Territory for events, its id for offer sessions (neither is displayed)
    commune: str = ""
    place: str = ""
    # The full address on one line and (latitude, longitude), for calendar files.
    location: str = ""
    geo: tuple | None = None
    cancelled: bool = False
    moved: bool = False
    note: str = ""
    original_start: datetime.datetime | None = None
    # For entries that are not agenda events: their iCalendar UID (without domain) and last change.
    uid: str = ""
    stamp: datetime.datetime | None = None
    source: object = field(default=None, repr=False)

    card_template = "opportunities/includes/agenda_card.html"

    @property
    def day(self):
        return self.start.astimezone(PARIS).date()

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
    """Live, public events matching the filters, with what their entries display fetched in bulk."""
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


# What a card, an iCalendar entry and a page's address need of a page and of the partner it is at:
# loading only these keeps a month of dates (about a thousand rows at bench scale) cheap to build.
PAGE_FIELDS = ("title", "url_path", "path", "depth", "locale_id", "live", "content_type_id")
PLACE_FIELDS = ("address", "postcode", "commune", "latitude", "longitude", "territory", "place_partner")
PARTNER_FIELDS = (*PAGE_FIELDS, *PLACE_FIELDS[:-1])


def card_fields(prefix, own_fields=()):
    """The `only()` fields of a page at `prefix` (`event`, `page`) and of its host partner."""
    fields = [f"{prefix}__{name}" for name in (*PAGE_FIELDS, *PLACE_FIELDS, *own_fields)]
    fields += [f"{prefix}__place_partner__{name}" for name in PARTNER_FIELDS]
    return fields


def with_events(rows):
    """Stored dates with their event and what its card shows, in the same query."""
    rows = rows.select_related("event", "event__territory", "event__place_partner", "event__place_partner__territory")
    fields = card_fields("event", ("category", "venue_name", "online_url"))
    return rows.only("start", "end", "original_start", "cancelled", "moved", "note", *fields)


def entries_of_rows(rows, request=None):
    """Entries of stored dates (`stored_dates.EventDate`, fetched `with_events`), in their order."""
    urls = {}
    found = []
    for row in rows:
        event = row.event
        if event.pk not in urls:
            urls[event.pk] = event.get_url(request)
        found.append(_event_entry(event, row, urls[event.pk]))
    return found


def _event_entry(event, occurrence, url):
    return CalendarEntry(
        title=event.title,
        start=occurrence.start,
        end=occurrence.end,
        url=url,
        kind=EVENT,
        type_key=event.category,
        type_label=event.get_category_display(),
        territory=event.place_territory,
        commune=event.place_commune,
        place=event.place_name or event.location_text,
        location=event.location_text,
        geo=event.place_coordinates,
        cancelled=occurrence.cancelled,
        moved=occurrence.moved,
        note=occurrence.note,
        original_start=occurrence.original_start,
        source=event,
    )


def entries_of_events(events, window_start, window_end, request=None):
    """The dated entries of these events in the window, their rules expanded now."""
    found = []
    for event in events:
        url = event.get_url(request)
        for occurrence in event.occurrences(window_start, window_end):
            found.append(_event_entry(event, occurrence, url))
    return found


# What a session's entry shows of its offer and of the partner the offer is at, read as plain values:
# building page objects for two thousand sessions (the feed's window) cost seconds.
OFFER_VALUES = ("pk", "title", "url_path", "offer_type", "last_published_at", "latest_revision_created_at")
OFFER_VALUES += ("company__title", "territory_id", "place_partner__territory_id", *PLACE_VALUES)


TYPE_LABELS = dict(OfferType.choices)
SESSION_FIELDS = ("page_id", "date", "end_date", "start_time", "end_time", "cancelled")


def session_entries(window_start, window_end, filters, request=None, partner=None):
    offers = _matching(visible(OfferPage.objects.all()), "offer_type", filters)
    if partner is not None:
        offers = offers.filter(Q(company=partner) | Q(place_partner=partner))
    first_day = window_start.astimezone(PARIS).date() - datetime.timedelta(days=1)
    last_day = window_end.astimezone(PARIS).date()
    sessions = OfferSession.objects.filter(page__in=offers, date__lte=last_day)
    # Only what an entry reads (its times, whether it is cancelled): 2,000 sessions in the feed's window.
    sessions = sessions.filter(Q(date__gte=first_day) | Q(end_date__gte=first_day)).only(*SESSION_FIELDS)
    sessions = list(sessions)
    offer_rows = OfferPage.objects.filter(pk__in={session.page_id for session in sessions}).values(*OFFER_VALUES)
    offers_by_pk = {offer["pk"]: offer for offer in offer_rows}
    urls = PageUrls(request)
    found = []
    for session in sessions:
        offer = offers_by_pk[session.page_id]
        start, end = session.starts_at, session.ends_at
        if not (end > window_start and start < window_end):
            continue
        if "place" not in offer:
            offer["place"], offer["url"] = place_of_values(offer), urls(offer["url_path"])
        found.append(_session_entry(session, offer, start, end))
    return found


def session_entry(session, request=None):
    """One offer session as an agenda entry, for its own "Ajouter à mon agenda" file: as in the feed."""
    offer = OfferPage.objects.filter(pk=session.page_id).values(*OFFER_VALUES).get()
    offer["place"], offer["url"] = place_of_values(offer), PageUrls(request)(offer["url_path"])
    return _session_entry(session, offer)


def _session_entry(session, offer, start=None, end=None):
    """The entry of one session, from its offer's plain values (`OFFER_VALUES`, with its place and URL)."""
    start, end = start or session.starts_at, end or session.ends_at
    place, company = offer["place"], offer["company__title"] or ""
    return CalendarEntry(
        title=offer["title"],
        start=start,
        end=end,
        url=offer["url"],
        kind=OFFER_SESSION,
        type_key=offer["offer_type"],
        type_label=TYPE_LABELS.get(offer["offer_type"], offer["offer_type"]),
        territory=offer["territory_id"] or offer["place_partner__territory_id"],
        commune=place["commune"],
        place=company or place["label"],
        location=", ".join(part for part in (company, place["label"]) if part),
        geo=place["geo"],
        cancelled=session.cancelled,
        note="Cette session est annulée." if session.cancelled else "",
        original_start=start,
        uid=f"seance-{session.pk}",
        stamp=offer["last_published_at"] or offer["latest_revision_created_at"] or timezone.now(),
        source=session,
    )
