import pytest

from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory
from opportunities.agenda.models import EventCategory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(home_page):
    agenda = EventIndexPageFactory(parent=home_page)
    EventPageFactory(
        parent=agenda,
        title="Forum de l'Été des métiers",
        category=EventCategory.JOB_FAIR,
        summary="Rencontre des recruteurs.",
        description="<p>Des employeurs de la logistique et de la santé.</p>",
    )
    EventPageFactory(
        parent=agenda, title="Atelier CV", summary="On retravaille ton CV.", description="<p>Apporte-le.</p>"
    )


def found(client, query, **params):
    response = client.get("/recherche/", {"q": query, **params})
    assert response.status_code == 200
    return [hit.page.title for hit in response.context["hits"]]


def test_an_event_is_found_by_a_word_of_its_title_or_description(client, events):
    assert found(client, "forum") == ["Forum de l'Été des métiers"]
    assert found(client, "logistique") == ["Forum de l'Été des métiers"]
    assert found(client, "recruteurs") == ["Forum de l'Été des métiers"]


def test_accents_and_case_do_not_matter(client, events):
    assert found(client, "ete") == ["Forum de l'Été des métiers"]
    assert found(client, "METIERS") == ["Forum de l'Été des métiers"]
    assert found(client, "Santé") == found(client, "sante") == ["Forum de l'Été des métiers"]


def test_results_show_the_next_date_and_the_agenda_facet(client, events):
    response = client.get("/recherche/", {"q": "atelier", "type": "evenement"})
    (hit,) = response.context["hits"]
    assert hit.summary == "On retravaille ton CV."
    assert hit.detail.startswith("Prochaine date : ")
    assert "Marseille" in hit.detail
