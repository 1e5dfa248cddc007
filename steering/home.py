"""The home page's key figures: the programme's indicators over its whole period, linked to the public page.

Counted again only after a change of content or of seats (a sign-up): cached under the page cache's
generation and seats versions, like the pages that show them.
"""

from django.core.cache import cache

from portal import page_cache
from steering import indicators
from steering.models import ProgrammeSettings
from steering.scope import Scope

HOME_KEYS = ["stories", "companies", "associations", "collegiens", "young_people"]


def key_figures(page):
    site = page.get_site()
    key = f"key-figures:{site.pk if site else 0}:{page_cache.versions(page_cache.SEATS_KEY)}"
    figures = cache.get(key)
    if figures is None:
        figures = count_key_figures(site)
        cache.set(key, figures, page_cache.TIMEOUT)
    return figures


def count_key_figures(site):
    settings = ProgrammeSettings.for_site(site)
    scope = Scope(start=settings.period_start, end=settings.period_end)
    return indicators.indicators(settings, scope, keys=HOME_KEYS)
