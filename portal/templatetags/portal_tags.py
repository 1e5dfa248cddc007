from django import template

register = template.Library()


@register.filter
def is_current(path, href):
    """True when `href` is the current page or one of its ancestors (never for the home link)."""
    if not href or href == "/":
        return path == "/"
    return path.startswith(href)
