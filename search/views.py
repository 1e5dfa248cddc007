from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal import ratelimit
from portal.pagination import CountedPaginator
from portal.text import clean_search_query
from search import services
from search.types import type_for_key

RESULTS_PER_PAGE = 10
SUGGESTIONS = ["stage de 3e", "métier", "mission locale", "formation", "alternance", "forum emploi"]


def clean_query(request):
    return clean_search_query(request.GET.get("q", ""), settings.SEARCH_QUERY_MAX_LENGTH)


def rate_limited(request, scope):
    limit, window = settings.SEARCH_RATE_LIMIT
    return ratelimit.hit(request, scope, limit, window)


@require_GET
def search(request):
    query = clean_query(request)
    search_type = type_for_key(request.GET.get("type", ""))
    context = {
        "search_query": query,
        "selected_type": search_type,
        "suggestions": SUGGESTIONS,
        "facets": [],
        "hits": [],
        "promotions": [],
        "page_obj": None,
        "result_count": 0,
    }
    if query and rate_limited(request, "search"):
        context["rate_limited"] = True
        return render(request, "search/search.html", context, status=429)
    if query:
        recorded = services.record_query(query, raw=request.GET.get("q", ""))
        if recorded is not None and not search_type:
            context["promotions"] = list(recorded.editors_picks.select_related("page").all())
        context["facets"] = services.facet_counts(query)
        count = services.result_count(context["facets"], search_type)
        paginator = CountedPaginator(services.search_pages(query, search_type), RESULTS_PER_PAGE, count)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            page_obj=page_obj,
            result_count=paginator.count,
            hits=services.load_hits(list(page_obj.object_list)),
        )
    return render(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    query = clean_query(request)
    if len(query) < 2:
        return JsonResponse({"query": query, "results": []})
    if rate_limited(request, "autocomplete"):
        return JsonResponse({"error": "Trop de recherches d'un coup : attends une minute."}, status=429)
    return JsonResponse({"query": query, "results": services.autocomplete(query, request=request)})
