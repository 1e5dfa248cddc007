from .credits import CreditsSettings
from .pages import HomePage, StandardPage
from .site_settings import SiteIdentitySettings
from .territories import Territory, TerritoryKind

__all__ = ["CreditsSettings", "HomePage", "SiteIdentitySettings", "StandardPage", "Territory", "TerritoryKind"]
