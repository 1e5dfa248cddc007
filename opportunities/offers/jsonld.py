"""schema.org JSON-LD for offers: each session is an Event search engines can show with its availability."""

from django.utils.html import strip_tags

from portal import jsonld

SCHEMA_AVAILABILITY = {True: "https://schema.org/SoldOut", False: "https://schema.org/InStock"}


def session_event(offer, session, url):
    event = {
        "@type": "Event",
        "name": f"{offer.title} – {offer.get_offer_type_display()}",
        "description": strip_tags(offer.summary),
        "startDate": session.starts_at.isoformat(),
        "endDate": session.ends_at.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventCancelled"
        if session.cancelled
        else "https://schema.org/EventScheduled",
        "location": jsonld.schema_place(offer, offer.place_name or offer.place_commune),
        "isAccessibleForFree": True,
        "url": f"{url}#session-{session.pk}",
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "EUR",
            "availability": SCHEMA_AVAILABILITY[session.is_full],
            "url": f"{url}#session-{session.pk}",
        },
    }
    if offer.company:
        event["organizer"] = jsonld.organization(offer.company)
    return event


def offer_json_ld(offer):
    url = offer.full_url or ""
    data = {"@context": "https://schema.org", "@graph": [session_event(offer, s, url) for s in offer.all_sessions]}
    return jsonld.script_json(data)
