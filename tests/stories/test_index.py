import pytest

from stories.choices import Outcome, Profile

pytestmark = pytest.mark.django_db


def titles(response):
    return [story.title for story in response.context["stories"]]


def option_counts(response, param):
    facet = next(facet for facet in response.context["filters"].facets if facet.param == param)
    return {option.value: option.count for option in facet.options}


@pytest.fixture
def five_stories(make_story):
    make_story("Yanis cariste", profile=Profile.DISILLUSIONED, outcome=Outcome.JOB, sector="logistics", tags=["cdi"])
    make_story("Sarah soignante", profile=Profile.DETERMINED, outcome=Outcome.TRAINING, sector="health")
    make_story("Karim cuisinier", territory="trebon", profile=Profile.CONQUEROR, outcome=Outcome.BUSINESS)
    make_story("Lina codeuse", territory="trebon", profile=Profile.DETERMINED, outcome=Outcome.JOB, tags=["cdi"])
    make_story("Mehdi électricien", profile=Profile.DETERMINED, outcome=Outcome.JOB, sector="logistics")


def test_index_lists_published_stories_with_progress_towards_100(client, story_index, five_stories):
    response = client.get("/histoires/")

    assert response.status_code == 200
    assert len(titles(response)) == 5
    assert "5 histoires publiées" in response.content.decode()
    assert "sur 100" in response.content.decode()


def test_filters_combine_through_the_query_string(client, story_index, five_stories):
    assert sorted(titles(client.get("/histoires/?parcours=determine"))) == [
        "Lina codeuse",
        "Mehdi électricien",
        "Sarah soignante",
    ]
    assert sorted(titles(client.get("/histoires/?parcours=determine&issue=emploi"))) == [
        "Lina codeuse",
        "Mehdi électricien",
    ]
    assert titles(client.get("/histoires/?parcours=determine&issue=emploi&territoire=trebon")) == ["Lina codeuse"]
    assert titles(client.get("/histoires/?secteur=logistics&tag=cdi")) == ["Yanis cariste"]


def test_each_option_counts_the_stories_it_would_give(client, story_index, five_stories):
    response = client.get("/histoires/?territoire=malpasse")

    # Counts of other facets are narrowed by the chosen territory…
    assert option_counts(response, "parcours") == {"desillusionne": 1, "determine": 2, "conquerant": 0}
    assert option_counts(response, "issue")["emploi"] == 2
    # …while the territory facet itself counts every territory, so switching is possible.
    assert option_counts(response, "territoire")["malpasse"] == 3
    assert option_counts(response, "territoire")["trebon"] == 2
    # Choosing an option gives exactly the announced count.
    for value, count in option_counts(response, "parcours").items():
        assert len(titles(client.get(f"/histoires/?territoire=malpasse&parcours={value}"))) == count


def test_filters_work_without_javascript(client, story_index, five_stories):
    html = client.get("/histoires/?issue=emploi").content.decode()

    assert '<form class="filters" method="get"' in html
    assert '<option value="emploi" selected>Emploi (3)</option>' in html
    assert 'type="submit"' in html


def test_unknown_filter_value_gives_an_empty_result_not_an_error(client, story_index, five_stories):
    response = client.get("/histoires/?territoire=nulle-part")

    assert response.status_code == 200
    assert titles(response) == []
    assert "Aucune histoire ne correspond" in response.content.decode()


def test_tag_page_lists_the_stories_of_that_tag(client, story_index, five_stories):
    response = client.get("/histoires/tags/cdi/")

    assert response.status_code == 200
    assert sorted(titles(response)) == ["Lina codeuse", "Yanis cariste"]
    assert "<h1>Histoires : cdi</h1>" in response.content.decode()


def test_index_is_paginated(client, story_index, make_story):
    for number in range(14):
        make_story(f"Histoire {number}")

    first = client.get("/histoires/")
    second = client.get("/histoires/?page=2")

    assert len(titles(first)) == 12
    assert len(titles(second)) == 2
    assert not set(titles(first)) & set(titles(second))
