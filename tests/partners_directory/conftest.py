import pytest

from partners_directory.factories import PartnerIndexPageFactory
from portal.factories import TerritoryFactory


@pytest.fixture
def partner_index(home_page):
    return PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def territory(db):
    return TerritoryFactory()
