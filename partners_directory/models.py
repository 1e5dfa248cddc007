"""Every model of the app, for Django (which looks for them here) and for the other apps.

Code inside this app imports the module that defines a model (`partner_page`, `index_page`,
`kinds`), never this one: the index page routes to views that need the partner pages.
"""

from partners_directory.index_page import PartnerIndexPage
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage, PartnerService, ThemesAndPublicsLabels

__all__ = ["PartnerIndexPage", "PartnerKind", "PartnerPage", "PartnerService", "ThemesAndPublicsLabels"]
