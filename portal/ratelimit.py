"""A fixed-window rate limit on Django's cache (Redis in production, so every app server shares it)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    # Behind the load balancer the client is the first address of X-Forwarded-For.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def hit(request, scope, limit, window_seconds):
    """Count one request of this client in `scope`; True when it goes over `limit` per window."""
    if not settings.RATE_LIMITS_ENABLED:
        return False
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    if cache.add(key, 1, timeout=window_seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window_seconds)
        return False
    return count > limit
