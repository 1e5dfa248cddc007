"""Real queries of young people and their expected first results: titles and the kind of thing looked for
(a stage de 3e, a mission locale…) weigh more than a word in a long description. SQLite and PostgreSQL."""

import pytest

from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory
from opportunities.models import EventCategory, OfferPage, OfferType
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.models import PartnerKind, PartnerPage
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

# Companies talk about the stages they host, at length: the words are there, but they are not stages.
COMPANY_TEXT = (
    "<p>Nous accueillons chaque année des élèves de 3e en stage d'observation. Un stage, c'est l'occasion "
    "de découvrir nos métiers ; nos salariés encadrent chaque stage et chaque stagiaire.</p>"
)


@pytest.fixture
def corpus(home_page):
    partners = PartnerIndexPageFactory(parent=home_page)
    bakery = PartnerPageFactory(
        parent=partners, title="Boulangerie Martin", kind=PartnerKind.COMPANY, description=COMPANY_TEXT
    )
    logistics = PartnerPageFactory(
        parent=partners,
        title="Sud Logistique Services",
        kind=PartnerKind.COMPANY,
        description=COMPANY_TEXT + "<p>Entrepôt, préparation de commandes, transport.</p>",
    )
    for name in ["Batimed Construction", "Garage des Ferrages", "Provence Numérique", "Agri Durance"]:
        PartnerPageFactory(parent=partners, title=name, kind=PartnerKind.COMPANY, description=COMPANY_TEXT)
    PartnerPageFactory(
        parent=partners,
        title="Point information jeunesse de Tarascon",
        kind=PartnerKind.PIJ,
        commune="Tarascon",
        postcode="13150",
    )
    PartnerPageFactory(
        parent=partners,
        title="Centre social des Ferrages",
        kind=PartnerKind.SOCIAL_CENTRE,
        commune="Tarascon",
        summary="Accueil des familles de Tarascon, soutien scolaire, aide aux démarches à Tarascon.",
    )
    PartnerPageFactory(
        parent=partners,
        title="Antenne Nord-Est",
        kind=PartnerKind.MISSION_LOCALE,
        summary="Conseillers emploi et formation pour les 16-25 ans.",
    )

    offers = OfferIndexPageFactory(parent=home_page)
    OfferPageFactory(
        parent=offers,
        title="Une semaine au fournil",
        offer_type=OfferType.INTERNSHIP_3E,
        company=bakery,
        summary="Pétrir, façonner, cuire : une semaine chez un artisan.",
        description="<p>Tu découvres le pain, les viennoiseries et la vente.</p>",
    )
    OfferPageFactory(
        parent=offers,
        title="Stage de 3e sur une plateforme logistique",
        offer_type=OfferType.INTERNSHIP_3E,
        company=logistics,
    )
    OfferPageFactory(
        parent=offers,
        title="Visite de l'entrepôt de La Valentine",
        offer_type=OfferType.COMPANY_VISIT,
        company=logistics,
        summary="Les métiers de la logistique, du quai au camion.",
    )

    agenda = EventIndexPageFactory(parent=home_page)
    EventPageFactory(
        parent=agenda,
        title="Job dating des métiers de bouche",
        category=EventCategory.JOB_DATING,
        summary="Boulangerie, restauration, conserverie : des employeurs de Tarascon recrutent.",
        commune="Tarascon",
    )
    EventPageFactory(parent=agenda, title="Forum emploi des quartiers Nord", category=EventCategory.JOB_FAIR)

    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(
        parent=stories,
        title="Inès a trouvé sa voie",
        summary="Après un stage en boulangerie, elle prépare un CAP.",
    )


def results(client, query):
    response = client.get("/recherche/", {"q": query})
    return [hit.page for hit in response.context["hits"]]


def test_stage_lists_the_stage_offers_before_the_companies(client, corpus):
    found = results(client, "stage")
    kinds = [(type(page), getattr(page, "offer_type", None)) for page in found]
    stages = [index for index, kind in enumerate(kinds) if kind == (OfferPage, OfferType.INTERNSHIP_3E)]
    companies = [index for index, (model, _) in enumerate(kinds) if model is PartnerPage]
    assert stages == [0, 1], [page.title for page in found]
    assert companies and min(companies) > max(stages)


def test_stage_3e_starts_with_a_stage_offer(client, corpus):
    found = results(client, "stage 3e")
    assert isinstance(found[0], OfferPage) and found[0].offer_type == OfferType.INTERNSHIP_3E
    assert isinstance(found[1], OfferPage) and found[1].offer_type == OfferType.INTERNSHIP_3E


def test_boulangerie_starts_with_the_bakery(client, corpus):
    assert results(client, "boulangerie")[0].title == "Boulangerie Martin"


def test_logistique_starts_with_what_is_named_so(client, corpus):
    titles = [page.title for page in results(client, "logistique")]
    assert {titles[0], titles[1]} == {"Sud Logistique Services", "Stage de 3e sur une plateforme logistique"}


def test_a_partner_by_its_name(client, corpus):
    assert results(client, "sud logistique")[0].title == "Sud Logistique Services"


def test_a_commune(client, corpus):
    assert results(client, "tarascon")[0].title == "Point information jeunesse de Tarascon"


def test_the_kind_of_partner(client, corpus):
    assert results(client, "mission locale")[0].title == "Antenne Nord-Est"
