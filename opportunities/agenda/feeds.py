"""The agenda's iCalendar files (RFC 5545): the subscribable feed, with the pages' filters, and one file per event."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from opportunities.agenda import entries, ical
from opportunities.agenda.event_page import EventPage
from opportunities.agenda.forms import AgendaFilterForm
from opportunities.agenda.index_page import EventIndexPage
from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage
from portal.visibility import visible


def feed_view(request):
    _agenda_page()
    filters = AgendaFilterForm(request.GET).filters()
    start, end = ical.feed_window()
    events = entries.filtered_events(filters).overlapping(start, end).order_by("start", "pk")
    others = entries.other_entries(start, end, filters, request)
    calendar = ical.feed(events, others, request, name=_feed_name(filters))
    return _ics_response(calendar, "agenda.ics")


def event_ics_view(request, slug):
    event = get_object_or_404(visible(EventPage.objects.child_of(_agenda_page())), slug=slug)
    return _ics_response(ical.for_event(event, request), f"{event.slug}.ics")


def session_ics_view(request, slug, session_id):
    """One offer session as an .ics file, for "Ajouter à mon agenda" on the offer's page."""
    session = get_object_or_404(
        OfferSession.objects.select_related("page", "page__company", "page__place_partner"),
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
