import pytest

from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.models import PartnerKind
from tests.opportunities.agenda.helpers import make_agenda


@pytest.fixture
def agenda(home_page):
    return make_agenda(home_page)


@pytest.fixture
def offer_index(home_page):
    return OfferIndexPageFactory(parent=home_page)


@pytest.fixture
def company(home_page):
    partners = PartnerIndexPageFactory(parent=home_page)
    return PartnerPageFactory(parent=partners, title="Sud Logistique", slug="sud-logistique", kind=PartnerKind.COMPANY)


@pytest.fixture
def offer(offer_index, company):
    return OfferPageFactory(
        parent=offer_index, title="Visite de la plateforme", slug="visite-plateforme", company=company
    )


@pytest.fixture
def session(offer):
    return OfferSessionFactory(page=offer, seats=2)


def signup_data(**overrides):
    """A young person's form; each first name gets its own e-mail unless one is given (one person, one e-mail)."""
    first_name = overrides.get("first_name", "Inès")
    login = "ines" if first_name == "Inès" else "".join(c for c in first_name.lower() if c.isalnum())
    data = {
        "first_name": first_name,
        "last_name": "Martin",
        "age": 19,
        "email": f"{login}@impact-jeunes.example",
    }
    data.update(overrides)
    return data
