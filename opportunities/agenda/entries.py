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

from opportunities.agenda.event_page import EventPage
from opportunities.agenda.models import EventCategory
from opportunities.offers.models import OfferSession, OfferType
from opportunities.offers.offer_page import OfferPage
from portal.dates import PARIS
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
    territory: object = None
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
    events = filtered_events(filters, partner).overlapping(window_start, window_end)
    return entries_of_events(events, window_start, window_end, request)


def entries_of_events(events, window_start, window_end, request=None):
    """The dated entries of these events in the window."""
    found = []
    for event in events:
        url = event.get_url(request)
        territory = event.place_territory
        for occurrence in event.occurrences(window_start, window_end):
            found.append(
                CalendarEntry(
                    title=event.title,
                    start=occurrence.start,
                    end=occurrence.end,
                    url=url,
                    kind=EVENT,
                    type_key=event.category,
                    type_label=event.get_category_display(),
                    territory=territory,
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
            )
    return found


def session_entries(window_start, window_end, filters, request=None, partner=None):
    offers = _matching(visible(OfferPage.objects.all()), "offer_type", filters)
    if partner is not None:
        offers = offers.filter(Q(company=partner) | Q(place_partner=partner))
    first_day = window_start.astimezone(PARIS).date() - datetime.timedelta(days=1)
    last_day = window_end.astimezone(PARIS).date()
    sessions = OfferSession.objects.filter(page__in=offers, date__gte=first_day, date__lte=last_day).select_related(
        "page", "page__territory", "page__company", "page__place_partner", "page__place_partner__territory"
    )
    return [
        session_entry(session, request)
        for session in sessions
        if session.ends_at > window_start and session.starts_at < window_end
    ]


def session_entry(session, request=None):
    """One offer session as an agenda entry (the feed, and the session's own "Ajouter à mon agenda" file)."""
    offer = session.page
    start, end = session.starts_at, session.ends_at
    return CalendarEntry(
        title=offer.title,
        start=start,
        end=end,
        url=offer.get_url(request),
        kind=OFFER_SESSION,
        type_key=offer.offer_type,
        type_label=offer.get_offer_type_display(),
        territory=offer.place_territory,
        commune=offer.place_commune,
        place=offer.company.title if offer.company else offer.place_label,
        location=", ".join(part for part in (offer.company.title if offer.company else "", offer.place_label) if part),
        geo=offer.place_coordinates,
        cancelled=session.cancelled,
        note="Cette session est annulée." if session.cancelled else "",
        original_start=start,
        uid=f"seance-{session.pk}",
        stamp=offer.last_published_at or offer.latest_revision_created_at or timezone.now(),
        source=session,
    )
