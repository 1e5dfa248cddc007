"""schema.org JSON-LD: JSON that is safe inside a `<script>` element, and a place as schema.org reads it."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

# Characters that could close the <script> element or start an HTML entity.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_json(data):
    """`data` as JSON for a `<script type="application/ld+json">` element, safe to insert as it is."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 (escaped above)


def postal_address(place):
    """A schema.org `PostalAddress` of a `portal.models.Place` (its partner's address when it follows one)."""
    address = {"@type": "PostalAddress", "addressCountry": "FR"}
    for key, value in (
        ("streetAddress", place.place_address),
        ("postalCode", place.place_postcode),
        ("addressLocality", place.place_commune),
    ):
        if value:
            address[key] = value
    return address


def geo(place):
    point = place.place_coordinates
    if point is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": float(point[0]), "longitude": float(point[1])}


def schema_place(place, name):
    """A schema.org `Place` named `name`, with its address and position."""
    data = {"@type": "Place", "name": name, "address": postal_address(place)}
    if point := geo(place):
        data["geo"] = point
    return data


def organization(page, request=None):
    """A schema.org `Organization` standing for a partner page (an event's organiser, an offer's company)."""
    return {"@type": "Organization", "name": page.title, "url": page.get_full_url(request)}
