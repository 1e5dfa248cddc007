"""What the header and footer show on every page, read once per content change.

The navigation, footer and credits (porteur, funders, publisher) come from the site settings and
link to pages and logos; resolving them costs several SQL queries. They only change when content
changes, so they are cached under the same content generation as the page cache (portal.page_cache).
"""

from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Site

from portal.models import CreditsSettings, SiteIdentitySettings
from portal.page_cache import generation

TIMEOUT = 3600


@dataclass(frozen=True)
class Link:
    href: str
    text: str


@dataclass(frozen=True)
class Logo:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Funder:
    name: str
    url: str
    logo: Logo | None
    share: str


def _logo(image):
    if image is None:
        return None
    rendition = image.get_rendition("max-240x96")
    return Logo(rendition.url, rendition.width, rendition.height)


def _share(value):
    if value is None:
        return ""
    return f"{value.normalize():f}".replace(".", ",") + " %"


def _credits(site):
    # Read without `for_site`, which would create the row on a first visit and so bump the content
    # generation (portal.page_cache) that this very cache is keyed on.
    credits = CreditsSettings.objects.filter(site=site).first() or CreditsSettings(site=site)
    return {
        "carrier_name": credits.carrier_name,
        "carrier_url": credits.carrier_url,
        "carrier_logo": _logo(credits.carrier_logo),
        "funders": [
            Funder(item.value["name"], item.value["url"] or "", _logo(item.value["logo"]), _share(item.value["share"]))
            for item in credits.funders
        ],
        "publisher_name": credits.publisher_name,
        "publisher_address": credits.publisher_address,
        "publisher_registration": credits.publisher_registration,
        "publication_director": credits.publication_director,
        "host_name": credits.host_name,
        "host_address": credits.host_address,
    }


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
        "credits": _credits(site),
    }


def site_chrome(request):
    site = Site.find_for_request(request)
    if site is None:
        return {
            "main_navigation": [],
            "footer_links": [],
            "social_links": [],
            "accessibility_status": "",
            "credits": {},
        }
    key = f"site-chrome:{generation()}:{site.pk}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = _build(site)
        cache.set(key, chrome, TIMEOUT)
    return chrome
