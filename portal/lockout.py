"""The page shown when django-axes locks a log-in out (too many wrong passwords), in French."""

from django.conf import settings
from django.shortcuts import render

from portal import text


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    company = request.path.startswith("/espace-entreprise/")
    context = {"minutes": minutes, "company": company}
    # Rendered now: axes answers from the outermost middleware, after template responses are rendered.
    response = render(request, "portal/locked_out.html", context, status=429)
    response["Cache-Control"] = "no-store"
    return response


def username_of(request, credentials=None):
    """The username axes counts failures for, cut to its column (255): a long one must not fail the log-in."""
    source = credentials or getattr(request, "data", request.POST)
    value = source.get("username")
    return text.cut(str(value), 150, ending="") if value is not None else None
