"""Requests refused before any view reads them: bodies over the size limit, paths with control characters.

A path holding a NUL byte or another control character names no page; it would reach the database
through a token or slug lookup and fail there (PostgreSQL refuses NUL in text): it gets a 404.

Django alone reads a whole upload (to memory or a temporary file) before any form checks its size.
A body whose Content-Length is over the limit gets a French 413 at once; the reverse proxy should
refuse it even earlier with the same limits (README, "Sécurité"). The admin has a larger limit for
documents.
"""

import unicodedata

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

ADMIN_PREFIX = "/admin/"


def body_limit(path):
    return settings.ADMIN_MAX_REQUEST_BODY_SIZE if path.startswith(ADMIN_PREFIX) else settings.MAX_REQUEST_BODY_SIZE


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(unicodedata.category(char) == "Cc" for char in request.path_info):
            raise Http404
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = body_limit(request.path_info)
        if length > limit:
            context = {"limit_mb": limit // (1024 * 1024)}
            response = render(request, "portal/request_too_large.html", context, status=413)
            response["Connection"] = "close"
            return response
        return self.get_response(request)
