"""Emploi, alternance and parrainage: offers without dates, with the details a young person weighs."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory
from opportunities.offers.models import OfferType
from tests.opportunities.company_space.helpers import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(offer_index, company):
    return OfferPageFactory(
        parent=offer_index,
        title="Préparateur de commandes",
        offer_type=OfferType.JOB,
        contract_type="cdd",
        contract_length="6 mois",
        company=company,
    )


@pytest.fixture
def apprenticeship(offer_index, company):
    return OfferPageFactory(
        parent=offer_index,
        title="Alternance cariste",
        offer_type=OfferType.APPRENTICESHIP,
        contract_type="apprentissage",
        contract_length="2 ans",
        company=company,
    )


@pytest.fixture
def mentoring(offer_index, company):
    return OfferPageFactory(
        parent=offer_index,
        title="Parrainage par un cadre logistique",
        offer_type=OfferType.MENTORING,
        commitment="6 mois",
        rhythm="une heure tous les 15 jours",
        company=company,
    )


@pytest.mark.parametrize(
    ("offer_type", "values", "field"),
    [
        (OfferType.JOB, {"contract_length": "6 mois"}, "contract_type"),
        (OfferType.APPRENTICESHIP, {"contract_type": "cdi", "contract_length": "2 ans"}, "contract_type"),
        (OfferType.MENTORING, {"commitment": "6 mois"}, "rhythm"),
    ],
)
def test_each_type_requires_its_details(offer_index, company, offer_type, values, field):
    offer = OfferPageFactory.build(offer_type=offer_type, company=company, **values)
    with pytest.raises(ValidationError) as error:
        offer.clean()
    assert field in error.value.message_dict


def test_undated_offers_are_listed_and_filtered(client, job, apprenticeship, mentoring, offer):
    OfferSessionFactory(page=offer)
    text = text_of(client.get("/offres/"))
    for title in ("Préparateur de commandes", "Alternance cariste", "Parrainage par un cadre logistique"):
        assert title in text
    assert "CDD · 6 mois" in text and "6 mois · une heure tous les 15 jours" in text
    only_jobs = text_of(client.get("/offres/", {"type": "emploi"}))
    assert "Préparateur de commandes" in only_jobs and "Alternance cariste" not in only_jobs
    assert "Visite de la plateforme" not in only_jobs
    # A date filter asks for dated offers only.
    assert "Préparateur de commandes" not in text_of(client.get("/offres/", {"du": "2026-01-01"}))


def test_a_closed_undated_offer_leaves_the_listing(client, job):
    job.signups_closed = True
    job.save_revision().publish()
    assert "Préparateur de commandes" not in text_of(client.get("/offres/"))


def test_the_offer_page_shows_the_details_and_how_to_apply(client, apprenticeship):
    text = text_of(client.get(apprenticeship.url))
    assert "Contrat d'apprentissage, 2 ans" in text
    assert "Pas de date à choisir" in text and "Terminé" not in text


def test_undated_offers_are_searchable(client, apprenticeship):
    call_command("update_index", verbosity=0)
    assert "Alternance cariste" in text_of(client.get("/recherche/", {"q": "apprentissage"}))


def test_they_show_on_their_company_s_page(client, job, company):
    company.save_revision().publish()
    assert "Préparateur de commandes" in text_of(client.get(company.url))
