"""Distances and bounding boxes on the globe (WGS 84 degrees)."""

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle (haversine) distance in kilometres."""
    phi1, phi2 = math.radians(float(lat1)), math.radians(float(lat2))
    d_phi = phi2 - phi1
    d_lambda = math.radians(float(lon2) - float(lon1))
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def format_distance(km):
    if km < 1:
        return f"{round(km * 1000 / 50) * 50:.0f} m"
    if km < 10:
        return f"{km:.1f} km".replace(".", ",")
    return f"{km:.0f} km"


class BadBbox(ValueError):
    pass


@dataclass(frozen=True)
class Bbox:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    @classmethod
    def parse(cls, text):
        """Parse `minLon,minLat,maxLon,maxLat`; raise BadBbox with a French message."""
        parts = [part.strip() for part in text.split(",")]
        if len(parts) != 4:
            raise BadBbox("Le paramètre bbox attend quatre nombres : minLon,minLat,maxLon,maxLat.")
        try:
            min_lon, min_lat, max_lon, max_lat = (float(part) for part in parts)
        except ValueError as error:
            raise BadBbox("Le paramètre bbox ne doit contenir que des nombres (ex. 5.3,43.2,5.5,43.4).") from error
        if not all(math.isfinite(value) for value in (min_lon, min_lat, max_lon, max_lat)):
            raise BadBbox("Le paramètre bbox ne doit contenir que des nombres (ex. 5.3,43.2,5.5,43.4).")
        if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
            raise BadBbox("Dans bbox, les longitudes doivent être comprises entre -180 et 180.")
        if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
            raise BadBbox("Dans bbox, les latitudes doivent être comprises entre -90 et 90.")
        if min_lat > max_lat:
            raise BadBbox("Dans bbox, la latitude minimale doit être inférieure à la latitude maximale.")
        return cls(min_lon, min_lat, max_lon, max_lat)

    @classmethod
    def around(cls, lat, lon, radius_km):
        """The box holding every point within `radius_km` of (lat, lon), or None when it would reach a pole."""
        d_lat = math.degrees(radius_km / EARTH_RADIUS_KM)
        if abs(lat) + d_lat >= 89:
            return None
        d_lon = min(180.0, d_lat / math.cos(math.radians(abs(lat) + d_lat)))
        if d_lon >= 180:
            return None
        min_lon, max_lon = lon - d_lon, lon + d_lon
        # Across the antimeridian, the box wraps (west > east), as RFC 7946 has it.
        min_lon = min_lon + 360 if min_lon < -180 else min_lon
        max_lon = max_lon - 360 if max_lon > 180 else max_lon
        return cls(min_lon, lat - d_lat, max_lon, lat + d_lat)

    def filter(self, queryset):
        queryset = queryset.filter(latitude__gte=self.min_lat, latitude__lte=self.max_lat)
        if self.min_lon <= self.max_lon:
            return queryset.filter(longitude__gte=self.min_lon, longitude__lte=self.max_lon)
        # RFC 7946 §5.2: a box crossing the antimeridian has west > east.
        from django.db.models import Q

        return queryset.filter(Q(longitude__gte=self.min_lon) | Q(longitude__lte=self.max_lon))
