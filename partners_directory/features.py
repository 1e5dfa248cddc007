"""Partners as an RFC 7946 GeoJSON FeatureCollection (positions are [longitude, latitude]).

The feed carries every partner (5,500 at bench scale), so it is written for size and speed:
- properties stay light: themes are data·inclusion codes (the vocabulary gives their labels),
  positions keep five decimals (about a metre), rounded by the database;
- one query of plain values, and the JSON text written in one pass, each distinct string
  encoded once: no page objects, no dictionaries per partner;
- what repeats from one partner to the next sits together, so gzip finds long matches: partners
  come by kind, then name, then address (the order has no meaning for the map, which clusters
  them), a feature's members are its properties (kind first), then its geometry and its id, and
  its themes are the stored list, which is in the vocabulary's order (fields.ChoiceListField).
  About 27 bytes per partner once gzipped.
"""

import json

from django.db.models import FloatField, TextField
from django.db.models.functions import Cast, Round
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from partners_directory import geo
from partners_directory.kinds import PartnerKind
from portal.links import PageUrls

PRECISION = 5
ORDER = ("kind", "title", "url_path")
_string = json.JSONEncoder(ensure_ascii=False).encode


class _Encoded(dict):
    """JSON strings, each distinct value encoded once."""

    def __missing__(self, value):
        self[value] = encoded = _string(value)
        return encoded


def _position(field):
    return Cast(Round(field, PRECISION), FloatField())


def rows(queryset):
    """The partners of `queryset` that have a position, as plain values in the feed's order:
    (pk, name, kind, url_path, commune, themes as JSON text, longitude, latitude)."""
    return (
        queryset.filter(latitude__isnull=False, longitude__isnull=False)
        .order_by(*ORDER)
        .values_list(
            "pk", "title", "kind", "url_path", "commune", Cast("themes", TextField()),
            _position("longitude"), _position("latitude"),
        )
    )  # fmt: skip


KIND_MEMBERS = {kind: f'"kind":{_string(kind)},"kind_label":{_string(label)}' for kind, label in PartnerKind.choices}


def _compact(json_list):
    # The database gives a JSON list with ", " between its items (Django writes it so on SQLite,
    # jsonb prints it so on PostgreSQL). The codes are slugs checked against the vocabulary, so
    # that is the only place '", "' occurs; the text stays valid JSON whatever it holds.
    return json_list.replace('", "', '","') if json_list else "[]"


def feature_collection(queryset, request=None, near=None):
    """The collection's JSON text (see `rows`); `near` = (lat, lon) adds each partner's distance from there."""
    urls, encoded = PageUrls(request), _Encoded()
    features = []
    for pk, name, kind, url_path, commune, themes, lon, lat in rows(queryset):
        kind_json = KIND_MEMBERS.get(kind) or f'"kind":{encoded[kind]},"kind_label":{encoded[kind]}'
        distance = ""
        if near is not None:
            distance = f',"distance":{encoded[geo.format_distance(geo.distance_km(*near, lat, lon))]}'
        features.append(
            f'{{"type":"Feature","properties":{{{kind_json},"name":{encoded[name]},'
            f'"url":{_string(urls(url_path))},"themes":{_compact(themes)},"commune":{encoded[commune]}'
            f'{distance}}},"geometry":{{"type":"Point","coordinates":[{lon!r},{lat!r}]}},"id":{pk}}}'
        )
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


# What json_script escapes, so that the text cannot close the <script> element it sits in.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def script_element(text, element_id):
    """`text` (JSON) inside <script type="application/json">, as the json_script filter writes it."""
    return format_html(
        '<script id="{}" type="application/json">{}</script>', element_id, mark_safe(text.translate(_SCRIPT_ESCAPES))
    )
