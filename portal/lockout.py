"""The page shown when django-axes locks a log-in out (too many wrong passwords), in French."""

from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    company = request.path.startswith("/espace-entreprise/")
    context = {"minutes": minutes, "company": company}
    # Rendered now: axes answers from the outermost middleware, after template responses are rendered.
    response = render(request, "portal/locked_out.html", context, status=429)
    response["Cache-Control"] = "no-store"
    return response
