"""The home page's key figures: the programme's indicators over its whole period, linked to the public page."""

from steering import indicators
from steering.models import ProgrammeSettings
from steering.scope import Scope

HOME_KEYS = ["stories", "companies", "associations", "collegiens", "young_people"]


def key_figures(page):
    settings = ProgrammeSettings.for_site(page.get_site())
    scope = Scope(start=settings.period_start, end=settings.period_end)
    return indicators.indicators(settings, scope, keys=HOME_KEYS)
