from django import template
from django.utils.safestring import mark_safe

from portal.jsonld import script_json

register = template.Library()


@register.filter
def is_current(path, href):
    """True when `href` is the current page or one of its ancestors (never for the home link)."""
    if not href or href == "/":
        return path == "/"
    return path.startswith(href)


@register.simple_tag
def query_with(request, **changes):
    """The current query string with some parameters replaced (None or "" removes one)."""
    query = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


@register.filter
def json_ld(data):
    """A schema.org description as a `<script type="application/ld+json">`, safe inside HTML."""
    return mark_safe(f'<script type="application/ld+json">{script_json(data)}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` as seen by this request's host (an object-storage URL is already absolute and kept)."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url
