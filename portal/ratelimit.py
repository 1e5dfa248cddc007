"""Who the client is, and a fixed-window rate limit on Django's cache (Redis in production, so every
app server shares it).

The client's address is `REMOTE_ADDR` unless `TRUSTED_PROXY_COUNT` says how many proxies stand in
front of the app: each proxy appends the address it received the request from to X-Forwarded-For,
so the address written by the outermost trusted proxy is that many entries from the right. Entries
further left are written by the client and never decide a limit.
"""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache


def _valid_address(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return ""


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return remote
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
    if len(forwarded) < trusted:
        # Fewer entries than proxies: the request did not come through all of them.
        return remote
    return _valid_address(forwarded[-trusted]) or remote


def client_key(request):
    """A short, non-reversible key for the client address, fit for cache keys and stored fingerprints."""
    return hashlib.sha256(client_address(request).encode()).hexdigest()[:32]


def hit(request, scope, limit, window_seconds, key=None):
    """Count one request of this client (or of `key`) in `scope`; True when it goes over `limit` per window."""
    if not settings.RATE_LIMITS_ENABLED:
        return False
    cache_key = f"ratelimit:{scope}:{key or client_key(request)}"
    if cache.add(cache_key, 1, timeout=window_seconds):
        return False
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, 1, timeout=window_seconds)
        return False
    return count > limit
