"""schema.org `Event` data for an event page: one object per upcoming date, as search engines expect."""

from portal import jsonld
from portal.dates import PARIS

SCHEMA = "https://schema.org/"


def _location(event):
    has_place = bool(event.place_address or event.place_commune or event.place_name)
    locations = []
    if has_place:
        locations.append(jsonld.schema_place(event, event.place_name or event.place_commune or event.title))
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if has_place and event.online_url:
        mode = "MixedEventAttendanceMode"
    elif event.online_url:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    return (locations[0] if len(locations) == 1 else locations), SCHEMA + mode


def event_data(event, occurrences, request):
    location, mode = _location(event)
    description = event.summary or event.search_description
    items = []
    for occurrence in occurrences:
        item = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "startDate": occurrence.start.astimezone(PARIS).isoformat(),
            "endDate": occurrence.end.astimezone(PARIS).isoformat(),
            "eventAttendanceMode": mode,
            "eventStatus": SCHEMA + "EventScheduled",
            "url": event.get_full_url(request),
            "inLanguage": "fr",
            "isAccessibleForFree": True,
        }
        if location:
            item["location"] = location
        if description:
            item["description"] = description
        if occurrence.cancelled:
            item["eventStatus"] = SCHEMA + "EventCancelled"
        elif occurrence.moved:
            item["eventStatus"] = SCHEMA + "EventRescheduled"
            item["previousStartDate"] = occurrence.original_start.astimezone(PARIS).isoformat()
        if event.organiser:
            item["organizer"] = jsonld.organization(event.organiser, request)
        items.append(item)
    return items
