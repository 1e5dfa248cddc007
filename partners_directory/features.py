"""Partners as an RFC 7946 GeoJSON FeatureCollection (positions are [longitude, latitude]).

Properties stay light because the feed carries every partner: themes are data·inclusion codes
(the vocabulary gives their labels) and positions keep five decimals (about a metre).
"""

PRECISION = 5


def feature(result, request=None):
    page = result.page
    properties = {
        "name": page.title,
        "kind": page.kind,
        "kind_label": page.get_kind_display(),
        "url": page.get_url(request),
        "commune": page.commune,
        "themes": list(page.themes or []),
    }
    if result.distance_km is not None:
        properties["distance"] = result.distance_label
    return {
        "type": "Feature",
        "id": page.pk,
        "geometry": {
            "type": "Point",
            "coordinates": [round(float(page.longitude), PRECISION), round(float(page.latitude), PRECISION)],
        },
        "properties": properties,
    }


def feature_collection(results, request=None):
    return {
        "type": "FeatureCollection",
        "features": [feature(result, request) for result in results if result.page.has_position],
    }
