import pytest

from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory

pytestmark = pytest.mark.django_db


def result_titles(client, query, **params):
    response = client.get("/recherche/", {"q": query, **params})
    assert response.status_code == 200
    return [hit.page.title for hit in response.context["hits"]]


@pytest.fixture
def offers(home_page):
    index = OfferIndexPageFactory(parent=home_page)
    welding = OfferPageFactory(
        parent=index,
        title="Découverte des métiers de la soudure",
        summary="Une matinée à l'atelier.",
        description="<p>Tu essaies le poste de chaudronnière avec un masque de protection.</p>",
    )
    OfferSessionFactory(page=welding)
    OfferPageFactory(
        parent=index,
        title="Masterclass cybersécurité",
        summary="Un expert raconte son métier.",
        description="<p>Les hackers éthiques protègent les hôpitaux.</p>",
    )
    return index


def test_an_offer_is_found_by_a_word_of_its_title_or_description(client, offers):
    assert result_titles(client, "soudure") == ["Découverte des métiers de la soudure"]
    assert result_titles(client, "chaudronnière") == ["Découverte des métiers de la soudure"]
    assert result_titles(client, "hackers") == ["Masterclass cybersécurité"]


def test_accents_and_case_do_not_matter(client, offers):
    assert result_titles(client, "CYBERSECURITE") == ["Masterclass cybersécurité"]
    assert result_titles(client, "chaudronniere") == ["Découverte des métiers de la soudure"]
    assert result_titles(client, "DÉCOUVERTE") == ["Découverte des métiers de la soudure"]


def test_offers_have_their_facet_and_a_next_date(client, offers):
    response = client.get("/recherche/", {"q": "soudure", "type": "offre"})
    hits = response.context["hits"]
    assert [hit.type_label for hit in hits] == ["Offres"]
    assert hits[0].detail.startswith("Prochaine date : ")
    assert "Visite d'entreprise" in hits[0].summary


def test_result_queries_do_not_grow_with_offers(client, offers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/recherche/", {"q": "atelier", "type": "offre"})
        assert all(hit.detail for hit in response.context["hits"])
        return len(queries), len(response.context["hits"])

    for n in range(2):
        OfferSessionFactory(page=OfferPageFactory(parent=offers, title=f"Atelier {n}"))
    count()
    few, shown = count()
    for n in range(2, 10):
        OfferSessionFactory(page=OfferPageFactory(parent=offers, title=f"Atelier {n}"))
    many, shown_more = count()
    assert shown_more > shown
    assert many == few
