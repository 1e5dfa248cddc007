"""What the map page shows: filters, the partners found (map and list) and the embeddable variant."""

from django.conf import settings
from django.core.paginator import Paginator
from django.urls import reverse

from partners_directory.features import feature_collection, script_element
from partners_directory.filters import PartnerFilterForm, filter_partners, matching

PER_PAGE = 20
# Up to this many results the map's data travels inside the page; beyond it the map fetches the
# (cached) GeoJSON feed with the same filters, so the page stays light at any scale.
INLINE_MAP_LIMIT = 200
MAP_QUERY_KEYS = ("q", "type", "thematique", "public", "territoire", "lat", "lon")


def is_embed(request):
    return request.GET.get("embed") == "1"


def listing_context(index_page, request):
    form = PartnerFilterForm(request.GET or None)
    filters = form.filters()
    results = filter_partners(filters)
    page_obj = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    near = (filters["lat"], filters["lon"]) if "lat" in filters else None
    return {
        "filter_form": form,
        "filters": filters,
        "results": results,
        "result_count": results.count,
        "page_obj": page_obj,
        "near_me": "lat" in filters,
        **map_source(results, request, filters, near),
        "embed": is_embed(request),
        "map_tiles_url": settings.MAP_TILES_URL,
        "map_attribution": settings.MAP_ATTRIBUTION,
    }


def map_source(results, request, filters, near=None):
    if results.count <= INLINE_MAP_LIMIT:
        text = feature_collection(matching(filters), request, near)
        return {"map_data": script_element(text, "partners-map-data"), "map_data_url": None}
    query = request.GET.copy()
    for key in list(query):
        if key not in MAP_QUERY_KEYS:
            del query[key]
    url = reverse("partners_geojson") + (f"?{query.urlencode()}" if query else "")
    return {"map_data": None, "map_data_url": url}


def serve_index(index_page, request, serve, *args, **kwargs):
    response = serve(request, *args, **kwargs)
    if is_embed(request):
        # Partners' own sites frame this variant; it has no form but GET filters, so framing
        # it cannot trick anyone into an action (clickjacking). Every other page stays DENY.
        response.xframe_options_exempt = True
    return response
