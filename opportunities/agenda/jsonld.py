"""schema.org `Event` data for an event page: one object per upcoming date, as search engines expect."""

import json

from django.utils.safestring import mark_safe

from opportunities.agenda.recurrence import PARIS

SCHEMA = "https://schema.org/"
# Characters that could close the <script> element or start an HTML entity.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _place(event):
    address = {"@type": "PostalAddress", "addressCountry": "FR"}
    if event.street_address:
        address["streetAddress"] = event.street_address
    if event.place_postcode:
        address["postalCode"] = event.place_postcode
    if event.place_commune:
        address["addressLocality"] = event.place_commune
    place = {"@type": "Place", "name": event.place_name or event.place_commune or event.title, "address": address}
    if event.coordinates:
        latitude, longitude = event.coordinates
        place["geo"] = {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}
    return place


def _location(event):
    has_place = bool(event.street_address or event.place_commune or event.place_name)
    locations = []
    if has_place:
        locations.append(_place(event))
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
            item["organizer"] = {
                "@type": "Organization",
                "name": event.organiser.title,
                "url": event.organiser.get_full_url(request),
            }
        items.append(item)
    return items


def as_script(data):
    """The JSON for a `<script type="application/ld+json">` element, safe to insert as is."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308
