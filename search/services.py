"""Site search: what is searched, how facets are counted, how results are loaded."""

import hashlib
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from portal.page_cache import generation
from portal.visibility import visible
from search.types import available_types, type_for_model


@dataclass
class SearchHit:
    page: object
    type_label: str

    @property
    def summary(self):
        return getattr(self.page, "search_summary", None) or getattr(self.page, "meta_description", "")

    @property
    def detail(self):
        """A short line under the summary: next date, commune… when the page offers one."""
        return getattr(self.page, "search_detail", "") or ""


# Someone may type their own address or number into the search box: such a term is never kept.
PERSONAL_DATA = re.compile(r"@|(\d[\s.\-]*){6,}")


def record_query(query, raw=""):
    """Count `query` for the admin's frequent searches and return it (with its promoted results), unless
    what was typed looks like an e-mail address or a phone number: then nothing is stored and None returned.
    Kept terms are erased after WAGTAILSEARCH_HITS_MAX_AGE days (searchpromotions_garbage_collect)."""
    if PERSONAL_DATA.search(raw or query):
        return Query.objects.filter(query_string=normalise_query_string(query)).first()
    recorded = Query.get(query)
    recorded.add_hit()
    return recorded


def searchable_pages(search_type=None):
    """Published, public pages of the searchable types only: drafts and private pages never match."""
    models = [search_type.model] if search_type else [t.model for t in available_types()]
    return visible(Page.objects.type(*models))


def search_pages(query, search_type=None):
    return searchable_pages(search_type).search(query, operator="and", order_by_relevance=True)


FACETS_TIMEOUT = 600


def facet_counts(query):
    """Number of results per type for `query`, in the order of the facet list.

    Counting runs the full-text query over every match, so the counts are cached under the
    content generation: any publish or unpublish starts afresh, and a frequent query is counted once.
    """
    key = f"search-facets:{generation()}:{hashlib.sha256(query.encode()).hexdigest()}"
    counts = cache.get(key)
    if counts is None:
        counts = dict(search_pages(query).facet("content_type_id"))
        cache.set(key, counts, FACETS_TIMEOUT)
    by_content_type = ContentType.objects.get_for_models(*[t.model for t in available_types()])
    return [
        (search_type, counts.get(by_content_type[search_type.model].pk, 0) or 0) for search_type in available_types()
    ]


def result_count(facets, search_type=None):
    return sum(count for facet_type, count in facets if search_type is None or facet_type == search_type)


def load_hits(pages):
    """Turn a page of search results into specific pages, with one query per type shown."""
    ids_by_model = {}
    for page in pages:
        ids_by_model.setdefault(page.specific_class, []).append(page.pk)
    specific = {}
    for model, ids in ids_by_model.items():
        search_type = type_for_model(model)
        queryset = model.objects.filter(pk__in=ids)
        if search_type and search_type.select_related:
            queryset = queryset.select_related(*search_type.select_related)
        # A page type can fetch in bulk what its `search_detail` shows (e.g. an offer's next session).
        if hasattr(model, "search_results_queryset"):
            queryset = model.search_results_queryset(queryset)
        specific.update({page.pk: page for page in queryset})
    hits = []
    for page in pages:
        if page.pk in specific:
            search_type = type_for_model(page.specific_class)
            hits.append(SearchHit(specific[page.pk], search_type.label if search_type else ""))
    return hits


def autocomplete(query, request=None, limit=8):
    results = searchable_pages().autocomplete(query, operator="and")[:limit]
    return [
        {"title": hit.page.title, "url": hit.page.get_url(request), "type": hit.type_label}
        for hit in load_hits(list(results))
    ]
