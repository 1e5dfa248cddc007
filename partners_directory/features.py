"""Partners as an RFC 7946 GeoJSON FeatureCollection (positions are [longitude, latitude])."""


def feature(result, request=None):
    page = result.page
    properties = {
        "name": page.title,
        "kind": page.kind,
        "kind_label": page.get_kind_display(),
        "url": page.get_url(request),
        "commune": page.commune,
        "themes": page.theme_labels,
    }
    if result.distance_km is not None:
        properties["distance"] = result.distance_label
    return {
        "type": "Feature",
        "id": page.pk,
        "geometry": {
            "type": "Point",
            "coordinates": [round(float(page.longitude), 6), round(float(page.latitude), 6)],
        },
        "properties": properties,
    }


def feature_collection(results, request=None):
    return {
        "type": "FeatureCollection",
        "features": [feature(result, request) for result in results if result.page.has_position],
    }
