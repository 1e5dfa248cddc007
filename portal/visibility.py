"""What anonymous visitors may see, without an extra query per listing.

Wagtail's `.public()` loads every view restriction each time it is called (one more query
per listing). Restrictions change rarely: their page paths are cached under the content
generation of the page cache (any save bumps it, restrictions included), and a page is
hidden when a restricted page is itself or one of its ancestors (its path is a prefix).
A correlated subquery would avoid the cache but SQLite plans it as a scan per row.
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

from portal.page_cache import generation

TIMEOUT = 3600


def restricted_paths():
    key = f"restricted-paths:{generation()}"
    paths = cache.get(key)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(key, paths, TIMEOUT)
    return paths


def visible(queryset):
    queryset = queryset.live()
    hidden = Q()
    for path in restricted_paths():
        hidden |= Q(path__startswith=path)
    return queryset.exclude(hidden) if hidden else queryset
