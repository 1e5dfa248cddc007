from django import template

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
