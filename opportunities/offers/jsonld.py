"""schema.org JSON-LD for offers: each session is an Event search engines can show with its availability."""

import json

from django.utils.html import strip_tags

SCHEMA_AVAILABILITY = {True: "https://schema.org/SoldOut", False: "https://schema.org/InStock"}


def _place(offer):
    place = {"@type": "Place", "name": offer.place_partner.title if offer.place_partner else offer.commune}
    place["address"] = {
        "@type": "PostalAddress",
        "streetAddress": offer.address,
        "postalCode": offer.postcode,
        "addressLocality": offer.commune,
        "addressCountry": "FR",
    }
    if offer.latitude is not None and offer.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(offer.latitude),
            "longitude": float(offer.longitude),
        }
    return place


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
        "location": _place(offer),
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
        event["organizer"] = {"@type": "Organization", "name": offer.company.title, "url": offer.company.full_url}
    return event


def offer_json_ld(offer):
    url = offer.full_url or ""
    data = {"@context": "https://schema.org", "@graph": [session_event(offer, s, url) for s in offer.all_sessions]}
    # "</script>" inside a string must not close the script element.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
