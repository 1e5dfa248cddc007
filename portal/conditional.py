"""Conditional GET (RFC 9110 §13) for the feeds that clients poll: a 304 costs a few aggregate queries.

A view states what its body depends on (`fingerprint`: a few cheap values from the database, such
as the newest publication and the highest id of the rows it lists) and when it last changed; the
body is only built when the client's copy is not current. The ETag hashes the fingerprint, so any
change of those values (a publish, an unpublish, a deletion, a rebuilt date) gives a new ETag.
"""

import hashlib

from django.db.models import Count, Max
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from wagtail.models import Page, PageLogEntry


def etag_of(parts):
    return '"' + hashlib.sha256(repr(parts).encode()).hexdigest()[:32] + '"'


def pages_state(*page_models):
    """What changes when any page of these types is published, unpublished, moved or deleted."""
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.get_for_models(*page_models).values()
    state = Page.objects.filter(content_type__in=types).aggregate(
        published=Max("last_published_at"),
        revised=Max("latest_revision_created_at"),
        count=Count("pk"),
        highest=Max("pk"),
    )
    state["logged"] = PageLogEntry.objects.aggregate(latest=Max("timestamp"))["latest"]
    return state


def last_modified_of(*moments):
    found = [moment for moment in moments if moment is not None]
    return max(found) if found else None


def respond(request, parts, last_modified, build):
    """The 304 when the client's copy (If-None-Match / If-Modified-Since) is current, else `build()` tagged."""
    etag = etag_of(parts)
    timestamp = int(last_modified.timestamp()) if last_modified else None
    not_modified = get_conditional_response(request, etag=etag, last_modified=timestamp)
    if not_modified is not None:
        return not_modified
    response = build()
    if response.status_code == 200:
        response["ETag"] = etag
        if timestamp is not None:
            response["Last-Modified"] = http_date(timestamp)
    return response
