"""iCalendar (RFC 5545) for the agenda: the subscribable feed and one file per event.

A repeating event is one VEVENT with its RRULE; cancelled dates are EXDATEs and moved dates
are overrides sharing the series' UID with a RECURRENCE-ID. Times carry TZID=Europe/Paris and
the calendar embeds the matching VTIMEZONE, so clients keep 14:00 at 14:00 across DST changes.
"""

import datetime
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vRecur

from opportunities.agenda.recurrence import rule_starts
from portal.dates import PARIS
from portal.links import absolute_url

PRODID = "-//Impact Jeunes//Agenda//FR"
UID_DOMAIN = "agenda.impact-jeunes"
# How far the feed reaches: clients keep what they already imported. By default a month back and
# three months ahead (what a subscriber's client shows); `?tout=1` reaches a year ahead. Repeating
# events carry their RRULE, so they go on beyond. (At the benchmark's scale, a year ahead made the
# feed 3 MB and 6.5 s to build cold; 3 years, 3.7 MB and 27 s.)
FEED_HISTORY = datetime.timedelta(days=31)
FEED_AHEAD = datetime.timedelta(days=92)
FAR_FUTURE = datetime.timedelta(days=366)


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    calendar.add("refresh-interval", datetime.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    return calendar


def feed_window(now=None, whole_year=False):
    """[start, end) of the feed, on whole days (Paris): the feed's content only changes from day to day."""
    today = timezone.localdate(now or timezone.now(), timezone=PARIS)
    midnight = datetime.datetime.combine(today, datetime.time.min, tzinfo=PARIS)
    ahead = FAR_FUTURE if whole_year else FEED_AHEAD
    return midnight - FEED_HISTORY, midnight + ahead + datetime.timedelta(days=1)


def feed(events, other_entries, request, name="Agenda Impact Jeunes"):
    """The agenda's feed: each event as a series, then the dated entries that are not events (offer sessions)."""
    calendar = new_calendar(name)
    for event in events:
        for component in event_components(event, request):
            calendar.add_component(component)
    for entry in other_entries:
        calendar.add_component(entry_component(entry, request))
    calendar.add_missing_timezones()
    return calendar


def for_event(event, request):
    calendar = new_calendar(event.title)
    for component in event_components(event, request):
        calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar


def event_uid(event):
    return f"evenement-{event.pk}@{UID_DOMAIN}"


def _stamp(event):
    changed = event.last_published_at or event.latest_revision_created_at or event.first_published_at
    return (changed or timezone.now()).astimezone(datetime.UTC)


def _original_start(event, day):
    day_start = datetime.datetime.combine(day, datetime.time.min, tzinfo=PARIS)
    starts = rule_starts(event.rrule, event.start, day_start, day_start + datetime.timedelta(days=1))
    return starts[0] if starts else None


def _base_component(event, request, start, end):
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", _stamp(event))
    component.add("last-modified", _stamp(event))
    component.add("summary", event.title)
    component.add("dtstart", start.astimezone(PARIS))
    component.add("dtend", end.astimezone(PARIS))
    url = event.get_full_url(request)
    component.add("url", url)
    component.add("categories", [event.get_category_display()])
    description = [event.summary or strip_tags(str(event.description))[:500]]
    if event.organiser:
        description.append(f"Organisé par {event.organiser.title}.")
    if event.online_url:
        description.append(f"En ligne : {event.online_url}")
    description.append(url)
    component.add("description", "\n\n".join(part for part in description if part))
    if event.location_text:
        component.add("location", event.location_text)
    if event.place_coordinates:
        latitude, longitude = event.place_coordinates
        component.add("geo", (float(latitude), float(longitude)))
    return component


def event_components(event, request):
    """The VEVENTs of one event: the series, then one override per moved date."""
    changes = event.changes_by_date
    if not event.is_recurring:
        change = changes.get(event.start.astimezone(PARIS).date())
        start, end = event.start, event.end
        if change and not change.is_cancelled and change.new_start:
            start = change.new_start
            end = change.new_end or change.new_start + (event.end - event.start)
        component = _base_component(event, request, start, end)
        component.add("status", "CANCELLED" if change and change.is_cancelled else "CONFIRMED")
        return [component]

    series = _base_component(event, request, event.start, event.end)
    series.add("rrule", vRecur.from_ical(event.rrule))
    series.add("status", "CONFIRMED")
    cancelled = [_original_start(event, day) for day, change in sorted(changes.items()) if change.is_cancelled]
    cancelled = [start for start in cancelled if start]
    if cancelled:
        series.add("exdate", cancelled)
    components = [series]
    occurrences = {o.original_start: o for o in _moved_occurrences(event)}
    for original, occurrence in sorted(occurrences.items()):
        override = _base_component(event, request, occurrence.start, occurrence.end)
        override.add("recurrence-id", original.astimezone(PARIS))
        override.add("status", "CONFIRMED")
        if occurrence.note:
            override["description"] = f"{occurrence.note}\n\n{override['description']}"
        components.append(override)
    return components


def _moved_occurrences(event):
    moved = [change for change in event.changes_by_date.values() if not change.is_cancelled and change.new_start]
    if not moved:
        return []
    earliest = min(min(c.new_start for c in moved), event.start) - datetime.timedelta(days=1)
    latest = max(c.new_start for c in moved) + datetime.timedelta(days=2)
    return [o for o in event.occurrences(earliest, latest) if o.moved]


def entry_component(entry, request):
    """A dated entry that is not an agenda event (an offer session), as a one-off VEVENT."""
    component = Event()
    component.add("uid", f"{entry.uid}@{UID_DOMAIN}")
    component.add("dtstamp", entry.stamp.astimezone(datetime.UTC))
    component.add("summary", entry.title)
    component.add("dtstart", entry.start.astimezone(PARIS))
    component.add("dtend", entry.end.astimezone(PARIS))
    component.add("url", absolute_url(entry.url, request))
    component.add("categories", [entry.type_label])
    component.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    if entry.location:
        component.add("location", entry.location)
    if entry.geo:
        component.add("geo", (float(entry.geo[0]), float(entry.geo[1])))
    return component


def google_calendar_url(event, occurrence, request):
    """A Google Calendar "new event" link pre-filled with one date of the event."""
    details = f"{event.summary}\n{event.get_full_url(request)}".strip()
    return google_calendar_link(event.title, occurrence.start, occurrence.end, details, event.location_text)


def for_session_entry(entry, request):
    """One offer session's own file ("Ajouter à mon agenda")."""
    calendar = new_calendar(entry.title)
    calendar.add_component(entry_component(entry, request))
    calendar.add_missing_timezones()
    return calendar


def google_calendar_link(title, start, end, details, location):
    def utc(value):
        return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")

    params = {
        "action": "TEMPLATE",
        "text": title,
        "dates": f"{utc(start)}/{utc(end)}",
        "details": details,
        "location": location,
        "ctz": "Europe/Paris",
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(params)
