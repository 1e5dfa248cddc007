"""Whole-response cache for anonymous visitors, safe by construction.

Only successful pages are stored, and only for query strings made of the site's known parameters
(CACHEABLE_PARAMETERS), keyed in a canonical order: junk query strings and unknown paths (404s)
are served but never stored, so nobody can fill the cache (shared with rate limits) at will.

A response is stored only when the request carried no session or message cookie
and rendering neither used a CSRF token nor set a cookie: so a page with a form,
or anything personal, is never served to someone else. Every stored response is
keyed by a site-wide generation number that any content change increments
(publish, unpublish, move, delete, a snippet saved…), so nothing stale outlives
the change that made it stale. The cache is Django's (Redis in production, shared
by every app server).

A sign-up changes less: the seats of one date. It increments the generation of
its offer's (or event's) page, which every address under that page is keyed by
too (the page, its sign-up forms), and the "seats" generation that the listings
showing seats and the figures are keyed by (`SEAT_LISTINGS`): the rest of the
site stays cached. The same request reads the three numbers in one round trip.
"""

import logging
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import urlencode

logger = logging.getLogger(__name__)
GENERATION_KEY = "page-cache:generation"
PRIVATE_COOKIES = {settings.SESSION_COOKIE_NAME, "messages"}
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/espace-entreprise/", "/recherche/", "/documents/", "/media/")
# Models whose writes never change what an anonymous visitor sees.
IGNORED_APPS = {
    "sessions",
    "admin",
    "contenttypes",
    "wagtailsearch",
    "wagtailsearchpromotions",
    "modelsearch",
    "django_tasks",
    # The database task backend's queue (e-mails of a sign-up, sent after commit): nothing a visitor sees.
    "django_tasks_database",
    "wagtailadmin",
    # Daily view counters, corrections waiting for a moderator: nothing a visitor sees.
    "audience",
    "corrections",
}
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "auth.user",
    # A new rendition is a new file for an image already shown: no page changes.
    "wagtailimages.rendition",
    # Newsletter subscribers and deliveries are private; the newsletter pages themselves still count.
    "newsletter.subscriber",
    "newsletter.delivery",
}
TIMEOUT = 600
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
SEATS_KEY = "page-cache:seats"
PAGE_KEY = "page-cache:page:"
# Writes that only change seats: a sign-up (booked, cancelled, promoted) and the saved date of an event.
SEAT_MODELS = {"opportunities.signup", "opportunities.eventoccurrence"}
# Where seats or sign-up figures show outside their own page (URL contract, DESIGN.md): the home
# page (key figures, offers slot), the offers listing, the programme's public figures and the
# neighbourhood pages (the offers near them). A company's partner page lists its offers too: the
# sign-up refreshes that one page (`_seat_paths`), not the directory.
SEAT_LISTINGS = ("/", "/offres/", "/le-programme/chiffres/")
SEAT_LISTING_PREFIXES = ("/quartiers/",)
# How deep an address can sit under the page it belongs to (/offres/<offre>/inscription/<date>/).
PAGE_DEPTH = 6
# Every query parameter a public page reads (URL contract in DESIGN.md); any other one is not cached.
CACHEABLE_PARAMETERS = frozenset(
    {
        "au", "bbox", "commune", "du", "embed", "issue", "jour", "lat", "lon", "mois", "page", "parcours",
        "places", "public", "q", "secteur", "tag", "territoire", "thematique", "tout", "type", "vue",
    }
)  # fmt: skip


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def versions(*keys):
    """The current numbers of these generations (content first), in one round trip to the cache."""
    found = cache.get_many([GENERATION_KEY, *keys])
    if GENERATION_KEY not in found:
        found[GENERATION_KEY] = generation()
    return ".".join(str(found.get(key, 1)) for key in (GENERATION_KEY, *keys))


def invalidate():
    _change(GENERATION_KEY)


def _bump(key):
    try:
        cache.incr(key)
    except ValueError:
        cache.add(key, 2, timeout=None)


def invalidate_seats(page_paths):
    """The seats of a date changed: the pages at `page_paths` (its own, its company's) and the seat listings."""
    _change(SEATS_KEY, *(PAGE_KEY + path for path in page_paths))


def after_seats_change(refresh):
    """Have `refresh()` called once a change of seats is committed, after the numbers moved: the figures
    are counted again there, once, rather than by the first visitors to ask, each on their own."""
    SEATS_REFRESHERS.append(refresh)


SEATS_REFRESHERS = []


def _change(*keys):
    """Move these numbers now, so nothing cached before is served again, and once more when the transaction
    commits: a page (or figure) built in between, by another request that could not see the change yet, is
    then never served under the final numbers. At the commit, the refreshers run if seats changed: once per
    transaction, however many rows it wrote (one callback per transaction gathers the keys)."""
    for key in keys:
        _bump(key)
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _Committed(keys)()
        return
    pending = next((func for _sids, func, _robust in connection.run_on_commit if isinstance(func, _Committed)), None)
    if pending is None:
        pending = _Committed()
        transaction.on_commit(pending)
    pending.keys.update(keys)


class _Committed:
    """What runs at the commit of a transaction that changed cached numbers (a rolled-back one drops it)."""

    def __init__(self, keys=()):
        self.keys = set(keys)

    def __call__(self):
        for key in self.keys:
            _bump(key)
        if SEATS_KEY in self.keys:
            for refresh in SEATS_REFRESHERS:
                try:
                    refresh()
                except Exception:  # the change is committed: the visitor gets their page, the next one counts
                    logger.exception("Refreshing after a change of seats failed: %s", refresh)


@receiver(post_save)
@receiver(post_delete)
def invalidate_on_content_change(sender, instance=None, **kwargs):
    meta = sender._meta
    if meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS:
        return
    if meta.label_lower in SEAT_MODELS:
        invalidate_seats(_seat_paths(instance))
        return
    invalidate()


def _seat_paths(instance):
    """The addresses of the pages showing the seats `instance` (a sign-up, a bookable date) changes.

    The page the date belongs to, and the pages it names in `pages_showing_seats()` (an offer's
    company, whose partner page lists its next offers with their seats).
    """
    try:
        slot = getattr(instance, "slot", instance)
        page = getattr(slot, "host_page", None) if slot is not None else None
        if page is None:
            return []
        pages = [page, *getattr(page, "pages_showing_seats", list)()]
        urls = [shown.get_url() for shown in pages if shown is not None]
    except ObjectDoesNotExist:
        # Deleted with its page: the page's own deletion changes the content generation.
        return []
    return [urlsplit(url).path for url in urls if url]


def _cacheable_request(request):
    return (
        request.method == "GET"
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and not PRIVATE_COOKIES.intersection(request.COOKIES)
    )


def canonical_query(request):
    """The query string with its parameters sorted, or None when it holds a parameter no page reads."""
    if not set(request.GET).issubset(CACHEABLE_PARAMETERS):
        return None
    return urlencode(sorted((key, value) for key, values in request.GET.lists() for value in values))


def _page_prefixes(path):
    """ "/offres/stage/inscription/" → "/offres/", "/offres/stage/", "/offres/stage/inscription/"."""
    parts = [part for part in path.split("/") if part][:PAGE_DEPTH]
    return ["/" + "/".join(parts[: depth + 1]) + "/" for depth in range(len(parts))]


def _encoding(request):
    """The stored variant: GZipMiddleware (inside this one) compresses for clients that accept gzip."""
    return "gzip" if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")) else "identity"


def _cache_key(request, query):
    path = request.path
    keys = []
    if path in SEAT_LISTINGS or path.startswith(SEAT_LISTING_PREFIXES):
        keys.append(SEATS_KEY)
    keys += [PAGE_KEY + prefix for prefix in _page_prefixes(path)]
    return f"page-cache:{versions(*keys)}:{_encoding(request)}:{request.get_host()}:{path}?{query}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not _cacheable_request(request):
            return self.get_response(request)
        query = canonical_query(request)
        if query is None:
            return self.get_response(request)
        key = _cache_key(request, query)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            # A feed polled with its ETag (portal/conditional.py) gets its 304 from the cache too.
            if cached.has_header("ETag"):
                not_modified = get_conditional_response(request, etag=cached["ETag"], response=cached)
                if not_modified is not None:
                    return not_modified
            return cached
        response = self.get_response(request)
        if _storable(request, response):
            patch_cache_control(response, public=True, max_age=60)
            response["X-Page-Cache"] = "miss"
            # Template responses are already rendered here, so the CSRF flag is final.
            cache.set(key, response, TIMEOUT)
        return response


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)
