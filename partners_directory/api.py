"""The GeoJSON feed of partners and the data·inclusion exports (small GET views)."""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from partners_directory import data_inclusion
from partners_directory.features import feature_collection
from partners_directory.filters import PartnerFilterForm, matching
from partners_directory.geo import BadBbox, Bbox
from partners_directory.partner_page import PartnerPage
from portal import conditional

GEOJSON_CONTENT_TYPE = "application/geo+json"
# Part of the ETag: a new way of writing the same partners is a new representation for caches.
GEOJSON_LAYOUT = 2


@require_GET
def partners_geojson(request):
    bbox = None
    if request.GET.get("bbox"):
        try:
            bbox = Bbox.parse(request.GET["bbox"])
        except BadBbox as error:
            return JsonResponse({"erreur": str(error)}, status=400, json_dumps_params={"ensure_ascii": False})
    filters = PartnerFilterForm(request.GET).filters()
    near = (filters["lat"], filters["lon"]) if "lat" in filters else None
    state = conditional.pages_state(PartnerPage)
    parts = (GEOJSON_LAYOUT, sorted(request.GET.lists()), state)
    last_modified = _last_change(state)

    def build():
        text = feature_collection(matching(filters, bbox=bbox), request, near)
        return HttpResponse(text, content_type=GEOJSON_CONTENT_TYPE)

    response = conditional.respond(request, parts, last_modified, build)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _last_change(state):
    return conditional.last_modified_of(state["published"], state["revised"], state["logged"])


def _json(data):
    response = JsonResponse(data, safe=False, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def data_inclusion_structures(request):
    return _json(data_inclusion.export_structures(request))


@require_GET
def data_inclusion_services(request):
    return _json(data_inclusion.export_services(request))
