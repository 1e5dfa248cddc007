"""The agenda's iCalendar files (RFC 5545): the subscribable feed, with the pages' filters, and one file per event."""

from django.db.models import Count, Max, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from opportunities.agenda import entries, ical, stored_dates
from opportunities.agenda.event_page import EventPage
from opportunities.agenda.forms import AgendaFilterForm
from opportunities.agenda.index_page import EventIndexPage
from opportunities.agenda.stored_dates import EventDate
from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage
from portal import conditional
from portal.visibility import visible


def feed_view(request):
    """The feed: a month back and three months ahead (`?tout=1`: a year ahead), 304 when unchanged.

    Calendar clients poll it every hour: the ETag and Last-Modified come from a few aggregates
    (`_feed_state`), and the calendar is only built when the client's copy is out of date.
    """
    _agenda_page()
    whole_year = request.GET.get("tout") == "1"
    start, end = ical.feed_window(whole_year=whole_year)
    state = _feed_state()
    parts = (sorted(request.GET.lists()), start.date(), end.date(), state)
    last_modified = conditional.last_modified_of(state["published"], state["revised"], state["logged"])
    return conditional.respond(request, parts, last_modified, lambda: _feed(request, start, end))


def _feed(request, start, end):
    filters = AgendaFilterForm(request.GET).filters()
    events = entries.filtered_events(filters)
    if stored_dates.covers(end):
        # The events with a date in the window, found by the stored dates' index.
        events = events.filter(pk__in=stored_dates.in_window(start, end).values("event"))
    else:
        events = events.overlapping(start, end)
    others = entries.other_entries(start, end, filters, request)
    rows = list(events.prefetch_related(None).order_by("start", "pk").values(*ical.EVENT_VALUES))
    changed = stored_dates.changed_dates([row["pk"] for row in rows])
    calendar = ical.feed(rows, changed, others, request, name=_feed_name(filters))
    return _ics_response(calendar, "agenda.ics")


def _feed_state():
    """What the feed is made of, in three aggregate queries: events and offers, their dates, their sessions."""
    state = conditional.pages_state(EventPage, OfferPage)
    state["dates"] = EventDate.objects.aggregate(highest=Max("pk"), count=Count("pk"))
    state["sessions"] = OfferSession.objects.aggregate(
        highest=Max("pk"), count=Count("pk"), cancelled=Count("pk", filter=Q(cancelled=True))
    )
    return state


def event_ics_view(request, slug):
    events = visible(EventPage.objects.child_of(_agenda_page())).filter(slug=slug)
    event = get_object_or_404(events.values(*ical.EVENT_VALUES))
    changed = stored_dates.changed_dates([event["pk"]])
    return _ics_response(ical.for_event(event, changed, request), f"{slug}.ics")


def session_ics_view(request, slug, session_id):
    """One offer session as an .ics file, for "Ajouter à mon agenda" on the offer's page."""
    session = get_object_or_404(
        OfferSession.objects.all(),
        pk=session_id,
        page__slug=slug,
        page__in=visible(OfferPage.objects.all()),
    )
    entry = entries.session_entry(session, request)
    return _ics_response(ical.for_session_entry(entry, request), f"{slug}-{session.date:%Y-%m-%d}.ics")


def _agenda_page():
    index_page = visible(EventIndexPage.objects.all()).first()
    if index_page is None:
        raise Http404("Pas d'agenda publié.")
    return index_page


def _feed_name(filters):
    name = "Agenda Impact Jeunes"
    if filters.type:
        name += f" – {dict(entries.type_choices()).get(filters.type, filters.type)}"
    if filters.commune:
        name += f" – {filters.commune}"
    return name


def _ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
