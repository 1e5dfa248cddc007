"""What anonymous visitors may see, without an extra query per listing or per page served.

Wagtail's `.public()` loads every view restriction each time it is called (one more query
per listing), and serving a page checks its restrictions and its ancestors' (two more). Restrictions
change rarely: the paths they cover are cached under the content generation of the page cache (any
save bumps it, restrictions and aliases included), and a page is hidden when a restricted page is
itself or one of its ancestors (its path is a prefix). An alias shares its original's restrictions
(Wagtail), so the alias of a restricted page is restricted too.
A correlated subquery would avoid the cache but SQLite plans it as a scan per row.
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from portal.page_cache import generation

TIMEOUT = 3600


def restricted_paths():
    key = f"restricted-paths:{generation()}"
    paths = cache.get(key)
    if paths is None:
        restricted = PageViewRestriction.objects.values("page_id")
        pages = Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted))
        paths = sorted(set(pages.values_list("path", flat=True)))
        cache.set(key, paths, TIMEOUT)
    return paths


def is_restricted(path):
    """Whether a page at `path` is under a view restriction (its own or an ancestor's)."""
    return any(path.startswith(restricted) for restricted in restricted_paths())


def visible_q(prefix=""):
    """The condition for a page to be visible, on `prefix` + its fields (e.g. "page__" from a model pointing
    to pages): live and under no restriction."""
    condition = Q(**{f"{prefix}live": True})
    for path in restricted_paths():
        condition &= ~Q(**{f"{prefix}path__startswith": path})
    return condition


def visible(queryset):
    return queryset.filter(visible_q())


class ViewRestrictionsMixin:
    """For page types: Wagtail checks a served page's view restrictions (and its ancestors') only when one
    of them is restricted; any other page costs no query for it."""

    def get_view_restrictions(self):
        if self.path and not self.alias_of_id and not is_restricted(self.path):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
