from django import template
from django.forms import BaseForm, BaseFormSet
from django.utils.safestring import mark_safe

from portal import sharing
from portal.jsonld import script_json
from portal.og_image import page_og_image

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


@register.simple_tag(takes_context=True)
def error_title_prefix(context):
    """ "Erreur : " before the title of a page that sends a form back with errors: the first thing read."""
    for value in context.flatten().values():
        # type(), not isinstance(): isinstance would evaluate lazy values such as the CSRF token, and a
        # page that used its token is never served from the page cache.
        kind = type(value)
        if issubclass(kind, BaseForm) and value.is_bound and value.errors:
            return "Erreur : "
        if issubclass(kind, BaseFormSet) and value.is_bound and value.total_error_count():
            return "Erreur : "
    return ""


@register.simple_tag(takes_context=True)
def og_image(context, page):
    """The page's Open Graph image (url, width, height, alt), or None: see portal/og_image.py.

    Previews draw no card: a draft (a young person's story in moderation) leaves no file behind."""
    request = context.get("request")
    return page_og_image(page, draw_card=not getattr(request, "is_preview", False))


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, page, heading="Partager cette page"):
    """Plain share links to `page` (WhatsApp, Facebook, LinkedIn, X, e-mail), no third-party script."""
    return {"links": sharing.share_links(page.title, page.get_full_url(context.get("request"))), "heading": heading}


@register.simple_tag
def breadcrumb_ancestors(page):
    """The page's ancestors below the tree's root, the home page first.

    Taken from the parents Wagtail's routing loaded on the way to the page (it keeps each on its child), so
    a served page costs no query for them; otherwise (a preview) read in one query.
    """
    ancestors, current = [], page
    while current.depth > 2:
        parent = current.__dict__.get("_cached_parent_obj")
        if parent is None:
            return list(page.get_ancestors().filter(depth__gt=1))
        ancestors.append(parent)
        current = parent
    return ancestors[::-1]
