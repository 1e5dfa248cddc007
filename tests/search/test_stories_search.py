import pytest

from portal.factories import TerritoryFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def result_titles(client, query, **params):
    response = client.get("/recherche/", {"q": query, **params})
    assert response.status_code == 200
    return [hit.page.title for hit in response.context["hits"]]


@pytest.fixture
def story(home_page):
    index = StoryIndexPageFactory(parent=home_page)
    return StoryPageFactory(
        parent=index,
        title="Sarah deviendra infirmière",
        territory=TerritoryFactory(slug="belsunce", name="Belsunce"),
        summary="Son stage de 3e dans une clinique a tout déclenché.",
        body=[("paragraph", "<p>J'ai suivi une aide-soignante pendant une semaine au bloc opératoire.</p>")],
    )


def test_a_story_is_found_by_a_word_of_its_title_or_body(client, story):
    assert result_titles(client, "infirmière") == ["Sarah deviendra infirmière"]
    assert result_titles(client, "opératoire") == ["Sarah deviendra infirmière"]


def test_accents_and_case_do_not_matter_for_stories(client, story):
    assert result_titles(client, "INFIRMIERE") == ["Sarah deviendra infirmière"]
    assert result_titles(client, "operatoire") == ["Sarah deviendra infirmière"]


def test_a_story_result_shows_its_type_summary_and_territory(client, story):
    html = client.get("/recherche/", {"q": "infirmiere"}).content.decode()

    assert "Son stage de 3e dans une clinique a tout déclenché." in html
    assert "Belsunce" in html
    assert result_titles(client, "infirmiere", type="histoire") == ["Sarah deviendra infirmière"]


def test_an_unpublished_story_is_never_returned(client, story):
    suggested = client.get("/recherche/autocomplete/", {"q": "Sar"}).json()["results"]
    assert [item["title"] for item in suggested] == ["Sarah deviendra infirmière"]

    story.unpublish()

    assert result_titles(client, "infirmière") == []
    assert client.get("/recherche/autocomplete/", {"q": "Sar"}).json()["results"] == []
