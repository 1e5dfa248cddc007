"""What the header and footer show on every page, read once per content change.

The navigation and footer come from the site settings and link to pages; resolving them
costs several SQL queries. They only change when content changes, so they are cached
under the same content generation as the page cache (portal.page_cache).
"""

from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Site

from portal.models import SiteIdentitySettings
from portal.page_cache import generation

TIMEOUT = 3600


@dataclass(frozen=True)
class Link:
    href: str
    text: str


def _links(stream):
    return [Link(item.value.href, item.value.text) for item in stream if item.value.href]


def _build(site):
    identity = SiteIdentitySettings.for_site(site)
    return {
        "main_navigation": _links(identity.main_navigation),
        "footer_links": _links(identity.footer_links),
        "contact_email": identity.contact_email,
        "contact_phone": identity.contact_phone,
        "contact_address": identity.contact_address,
        "social_links": identity.social_links,
        # RGAA: every page shows the compliance status, linked to the accessibility statement.
        "accessibility_status": identity.get_accessibility_status_display(),
        "accessibility_url": identity.accessibility_page.url if identity.accessibility_page else "",
    }


def site_chrome(request):
    site = Site.find_for_request(request)
    if site is None:
        return {"main_navigation": [], "footer_links": [], "social_links": [], "accessibility_status": ""}
    key = f"site-chrome:{generation()}:{site.pk}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = _build(site)
        cache.set(key, chrome, TIMEOUT)
    return chrome
