from .pages import HomePage, StandardPage
from .places import Place, PlaceQuerySet
from .site_settings import SiteIdentitySettings
from .territories import Territory, TerritoryKind

__all__ = ["HomePage", "Place", "PlaceQuerySet", "SiteIdentitySettings", "StandardPage", "Territory", "TerritoryKind"]
