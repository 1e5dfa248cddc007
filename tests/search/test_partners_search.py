import pytest

from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from search.services import search_pages
from search.types import type_for_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(home_page):
    index = PartnerIndexPageFactory(parent=home_page)
    return [
        PartnerPageFactory(
            parent=index,
            title="Mission locale du Pays d'Arles",
            summary="Accueil et orientation des 16-25 ans.",
            description="<p>Un conseiller t'aide à choisir un métier et une formation.</p>",
        ),
        PartnerPageFactory(parent=index, title="Centre social Malpassé", summary="Aide aux devoirs."),
    ]


def titles(query):
    return {page.title for page in search_pages(query, type_for_key("partenaire"))}


@pytest.mark.parametrize("query", ["mission locale", "MISSION LOCALE", "Mission Locale"])
def test_partner_found_by_its_title_whatever_the_case(partners, query):
    assert titles(query) == {"Mission locale du Pays d'Arles"}


@pytest.mark.parametrize("query", ["métier", "metier", "METIER", "conseiller"])
def test_partner_found_by_a_word_of_its_description_with_or_without_accents(partners, query):
    assert titles(query) == {"Mission locale du Pays d'Arles"}


def test_search_page_lists_the_partner_with_its_commune(client, partners):
    html = client.get("/recherche/", {"q": "malpasse"}).content.decode()
    assert "Centre social Malpassé" in html
