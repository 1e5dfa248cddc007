"""Site search: what is searched, how facets are counted, how results are loaded."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

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


def searchable_pages(search_type=None):
    """Published, public pages of the searchable types only: drafts and private pages never match."""
    models = [search_type.model] if search_type else [t.model for t in available_types()]
    return visible(Page.objects.type(*models))


def search_pages(query, search_type=None):
    return searchable_pages(search_type).search(query, operator="and", order_by_relevance=True)


def facet_counts(query):
    """Number of results per type for `query`, in the order of the facet list."""
    counts = search_pages(query).facet("content_type_id")
    by_content_type = ContentType.objects.get_for_models(*[t.model for t in available_types()])
    return [
        (search_type, counts.get(by_content_type[search_type.model].pk, 0) or 0) for search_type in available_types()
    ]


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
