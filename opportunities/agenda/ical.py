"""iCalendar (RFC 5545) for the agenda: the subscribable feed and one file per event.

A repeating event is one VEVENT with its RRULE; cancelled dates are EXDATEs and moved dates
are overrides sharing the series' UID with a RECURRENCE-ID. Times carry TZID=Europe/Paris and
the calendar embeds the matching VTIMEZONE, so clients keep 14:00 at 14:00 across DST changes.
"""

import datetime
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.html import strip_tags

from opportunities.agenda import ical_text, recurrence
from opportunities.agenda.models import EventCategory
from portal.dates import PARIS
from portal.links import PageUrls, absolute_urls
from portal.models.places import PLACE_VALUES, place_of_values

UID_DOMAIN = "agenda.impact-jeunes"
# How far the feed reaches: clients keep what they already imported. By default a month back and
# three months ahead (what a subscriber's client shows); `?tout=1` reaches a year ahead. Repeating
# events carry their RRULE, so they go on beyond. (At the benchmark's scale, a year ahead made the
# feed 3 MB and 6.5 s to build cold; 3 years, 3.7 MB and 27 s.)
FEED_HISTORY = datetime.timedelta(days=31)
FEED_AHEAD = datetime.timedelta(days=92)
FAR_FUTURE = datetime.timedelta(days=366)

# What an event's VEVENTs say, read as plain values (`.values(*EVENT_VALUES)`): page objects for
# the feed's six hundred events cost more than writing the whole calendar.
EVENT_VALUES = ("pk", "title", "url_path", "category", "summary", "description", "start", "end")
EVENT_VALUES += ("frequency", "interval", "repeat_until", "week_of_month", "venue_name", "online_url")
EVENT_VALUES += ("organiser__title", "last_published_at", "latest_revision_created_at", "first_published_at")
EVENT_VALUES += (*PLACE_VALUES, "place_partner__title")
CATEGORY_LABELS = dict(EventCategory.choices)


def feed_window(now=None, whole_year=False):
    """[start, end) of the feed, on whole days (Paris): the feed's content only changes from day to day."""
    today = timezone.localdate(now or timezone.now(), timezone=PARIS)
    midnight = datetime.datetime.combine(today, datetime.time.min, tzinfo=PARIS)
    ahead = FAR_FUTURE if whole_year else FEED_AHEAD
    return midnight - FEED_HISTORY, midnight + ahead + datetime.timedelta(days=1)


def feed(events, changed, other_entries, request, name="Agenda Impact Jeunes"):
    """The agenda's feed: each event as a series, then the dated entries that are not events (offer sessions).

    `events` are rows of EVENT_VALUES; `changed` their cancelled and moved dates (`stored_dates.changed_dates`).
    """
    calendar = ical_text.CalendarText(name)
    absolute = absolute_urls(request)
    _add_events(calendar, events, changed, request, absolute)
    for entry in other_entries:
        calendar.add(entry_lines(entry, absolute))
    return calendar


def for_event(event, changed, request):
    """One event's own file, from its row of EVENT_VALUES and its changed dates."""
    calendar = ical_text.CalendarText(event["title"])
    _add_events(calendar, [event], changed, request, absolute_urls(request))
    return calendar


def for_session_entry(entry, request):
    """One offer session's own file ("Ajouter à mon agenda")."""
    calendar = ical_text.CalendarText(entry.title)
    calendar.add(entry_lines(entry, absolute_urls(request)))
    return calendar


def event_uid(pk):
    return f"evenement-{pk}@{UID_DOMAIN}"


def _add_events(calendar, events, changed, request, absolute):
    urls = PageUrls(request)
    for event in events:
        url = absolute(urls(event["url_path"]) or "/")
        for lines in event_components(event, changed.get(event["pk"], ()), url):
            calendar.add(lines)


def _stamp(event):
    changed = event["last_published_at"] or event["latest_revision_created_at"] or event["first_published_at"]
    return changed or timezone.now()


def location_line(place_name, place_label, online_url):
    """An event's place on one line, as calendar clients show it: « Centre social, 2 place du Marché, 13013
    Marseille », or « En ligne » for an event with only a link (`EventPage.location_text`)."""
    text = ", ".join(part for part in (place_name, place_label) if part)
    return text or ("En ligne" if online_url else "")


def _base(event, url):
    """What every VEVENT of an event says, whichever date it is."""
    place = place_of_values(event)
    place_name = event["venue_name"] or (event["place_partner__title"] if place["at_partner"] else "")
    description = [event["summary"] or strip_tags(event["description"])[:500]]
    if event["organiser__title"]:
        description.append(f"Organisé par {event['organiser__title']}.")
    if event["online_url"]:
        description.append(f"En ligne : {event['online_url']}")
    description.append(url)
    stamp = _stamp(event)
    return {
        "uid": event_uid(event["pk"]),
        "stamp": stamp,
        "last_modified": stamp,
        "summary": event["title"],
        "url": url,
        "category": CATEGORY_LABELS.get(event["category"], event["category"]),
        "description": "\n\n".join(part for part in description if part),
        "location": location_line(place_name, place["label"], event["online_url"]),
        "geo": place["geo"],
    }


def event_components(event, changed, url):
    """The VEVENTs of one event (a row of EVENT_VALUES, its changed dates): the series, then one override per
    moved date. A one-off event is one VEVENT, at its new time when moved, marked when cancelled."""
    base = _base(event, url)
    rule = recurrence.build_rrule(
        event["frequency"], event["start"], event["interval"], event["repeat_until"], event["week_of_month"] or None
    )
    if not rule:
        date = changed[0] if changed else None
        start, end = (date["start"], date["end"]) if date and date["moved"] else (event["start"], event["end"])
        status = "CANCELLED" if date and date["cancelled"] else "CONFIRMED"
        return [ical_text.event_lines(**base, start=start, end=end, status=status)]

    cancelled = [date["original_start"] for date in changed if date["cancelled"]]
    series = {**base, "start": event["start"], "end": event["end"], "rrule": rule, "exdates": cancelled}
    components = [ical_text.event_lines(**series, status="CONFIRMED")]
    for date in changed:
        if not date["moved"]:
            continue
        override = {**base, "start": date["start"], "end": date["end"], "recurrence_id": date["original_start"]}
        if date["note"]:
            override["description"] = f"{date['note']}\n\n{base['description']}"
        components.append(ical_text.event_lines(**override, status="CONFIRMED"))
    return components


def entry_lines(entry, absolute):
    """A dated entry that is not an agenda event (an offer session), as a one-off VEVENT (`absolute`: of
    `portal.links.absolute_urls`)."""
    return ical_text.event_lines(
        uid=f"{entry.uid}@{UID_DOMAIN}",
        stamp=entry.stamp,
        summary=entry.title,
        start=entry.start,
        end=entry.end,
        url=absolute(entry.url),
        category=entry.type_label,
        status="CANCELLED" if entry.cancelled else "CONFIRMED",
        location=entry.location,
        geo=entry.geo,
    )


def google_calendar_url(event, occurrence, request):
    """A Google Calendar "new event" link pre-filled with one date of the event."""
    details = f"{event.summary}\n{event.get_full_url(request)}".strip()
    return google_calendar_link(event.title, occurrence.start, occurrence.end, details, event.location_text)


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
