"""The GeoJSON feed of partners and the data·inclusion exports (small GET views)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from partners_directory import data_inclusion
from partners_directory.features import feature_collection
from partners_directory.filters import PartnerFilterForm, filter_partners
from partners_directory.geo import BadBbox, Bbox

GEOJSON_CONTENT_TYPE = "application/geo+json"


@require_GET
def partners_geojson(request):
    bbox = None
    if request.GET.get("bbox"):
        try:
            bbox = Bbox.parse(request.GET["bbox"])
        except BadBbox as error:
            return JsonResponse({"erreur": str(error)}, status=400, json_dumps_params={"ensure_ascii": False})
    results = filter_partners(PartnerFilterForm(request.GET).filters(), bbox=bbox)
    body = json.dumps(feature_collection(results, request), ensure_ascii=False, cls=DjangoJSONEncoder)
    response = HttpResponse(body, content_type=GEOJSON_CONTENT_TYPE)
    response["Access-Control-Allow-Origin"] = "*"
    return response


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
