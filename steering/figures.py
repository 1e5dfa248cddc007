"""The programme's figures as the public sees them (the home's key figures, /le-programme/chiffres/), counted
once per change.

Counting reads every sign-up, story and partner (steering/indicators.py: one SQL query for every indicator,
in all and by territory). It is done again only after a change of content or of seats (a sign-up), the
result cached under the page cache's content generation and seats versions (portal/page_cache.py) like the
pages that show it: a new sign-up, story or partner shows at once, whatever the page cache holds.
"""

from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Site

from portal import page_cache
from steering import indicators, tables
from steering.models import ProgrammeSettings
from steering.scope import Scope


@dataclass(frozen=True)
class ProgrammeFigures:
    indicators: list  # of indicators.Indicator, in the order of indicators.DEFINITIONS
    counted: dict  # {key: counting.Count}: each indicator in all and by territory id

    def only(self, keys):
        found = {indicator.key: indicator for indicator in self.indicators}
        return [found[key] for key in keys]


def _cached(key, compute):
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, page_cache.TIMEOUT)
    return found


def _counted(name, compute):
    # The versions are read before counting: what a sign-up made during the count changes is never stored
    # under the new versions.
    return _cached(f"programme-figures:{name}:{page_cache.versions(page_cache.SEATS_KEY)}", compute)


def programme_settings(site_id):
    """The site's programme settings (read without writing), read again only after a change of content: a
    sign-up, which makes the figures be counted again, does not change them."""
    return _cached(f"programme-settings:{site_id}:{page_cache.generation()}", lambda: ProgrammeSettings.read(site_id))


def programme(site_id, settings=None, scope=None):
    """Every indicator over the programme's whole period, for every territory or those `scope` is limited to
    (a scope of that period). The settings are read only when counting (`settings`: already read)."""

    def count():
        nonlocal settings, scope
        settings = settings or programme_settings(site_id)
        scope = scope or Scope(start=settings.period_start, end=settings.period_end)
        counted = indicators.counts(settings, scope, by="territory")
        return ProgrammeFigures(indicators.indicators(settings, scope, counted=counted), counted)

    return _counted(f"{site_id}:{scope.area_key if scope else ''}", count)


def refresh_after_seats_change():
    """Count the figures again as soon as a change of seats is committed (`page_cache.after_seats_change`):
    once, in the request that made the change, not by each visitor who asks for the home page or the
    figures before the first count is stored."""
    for site_id in Site.objects.values_list("pk", flat=True):
        settings = programme_settings(site_id)
        # The scope of the home and of the public page without a filter: the programme's period, everywhere.
        scope = Scope(start=settings.period_start, end=settings.period_end)
        programme(site_id)
        activity_tables(site_id, scope)


def activity_tables(site_id, scope):
    """The public page's other tables (stories by outcome, offers by type and fill rate) over `scope`."""
    return _counted(f"{site_id}:{scope.area_key}:tables", lambda: [tables.stories(scope), tables.offers(scope)])
