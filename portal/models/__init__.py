from .credits import CreditsSettings
from .pages import HomePage, StandardPage
from .places import Place, PlaceQuerySet
from .site_settings import SiteIdentitySettings
from .territories import Territory, TerritoryKind

__all__ = [
    "CreditsSettings",
    "HomePage",
    "Place",
    "PlaceQuerySet",
    "SiteIdentitySettings",
    "StandardPage",
    "Territory",
    "TerritoryKind",
]
