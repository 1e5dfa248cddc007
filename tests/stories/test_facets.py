"""Facet counts of the story index, counted by the database under combined filters.

Whatever the filters, an option announces exactly the number of stories its link gives, and
what is not public (a draft, a private story) is neither listed nor counted.
"""

import itertools

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from stories.choices import Outcome, Profile

pytestmark = pytest.mark.django_db

FACETS = ["territoire", "parcours", "issue", "secteur", "tag"]


@pytest.fixture
def stories(make_story):
    profiles, outcomes = list(Profile), [Outcome.JOB, Outcome.TRAINING, Outcome.BUSINESS]
    sectors, tags = ["logistics", "health", ""], [["cdi"], ["cdi", "permis"], [], ["permis"]]
    for number in range(14):
        make_story(
            f"Histoire {number}",
            territory="trebon" if number % 3 == 0 else "malpasse",
            profile=profiles[number % 3],
            outcome=outcomes[number % 2 + number % 5 // 4],
            sector=sectors[number % 3],
            tags=tags[number % 4],
        )
    # Neither counted nor listed: a draft and a private story, both tagged and in a territory.
    draft = make_story("Brouillon", profile=profiles[1], outcome=Outcome.JOB, sector="logistics", tags=["cdi"])
    draft.unpublish()
    private = make_story("Privée", profile=profiles[1], outcome=Outcome.JOB, sector="logistics", tags=["cdi"])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)


def page(client, params):
    response = client.get("/histoires/", params)
    assert response.status_code == 200
    return response


def shown_count(response):
    heading = BeautifulSoup(response.content, "html.parser").select_one("#resultats").get_text()
    return int(heading.split()[0])


def options(response, param):
    facet = next(facet for facet in response.context["filters"].facets if facet.param == param)
    return {option.value: option.count for option in facet.options}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"territoire": "malpasse"},
        {"tag": "cdi", "parcours": Profile.DETERMINED},
        {"territoire": "trebon", "issue": Outcome.JOB, "tag": "permis"},
        {"secteur": "logistics", "tag": "cdi", "territoire": "malpasse", "parcours": Profile.DISILLUSIONED},
    ],
)
def test_each_option_counts_what_choosing_it_gives_under_the_other_filters(client, stories, params):
    response = page(client, params)
    for param in FACETS:
        counted = options(response, param)
        assert counted, param
        for value, count in counted.items():
            chosen = page(client, {**params, param: value})
            assert shown_count(chosen) == count == len(chosen.context["stories"]), (param, value)


def test_counts_leave_out_drafts_and_private_stories_and_add_up(client, stories):
    response = page(client, {})
    assert "14 histoires publiées" in response.content.decode()
    assert shown_count(response) == 14
    assert sum(options(response, "territoire").values()) == 14
    assert sum(options(response, "parcours").values()) == 14
    assert options(response, "tag") == {"cdi": 8, "permis": 7}
    assert "Brouillon" not in response.content.decode() and "Privée" not in response.content.decode()


def test_combined_filters_narrow_the_other_facets_but_not_their_own(client, stories):
    everything = page(client, {})
    narrowed = page(client, {"territoire": "trebon", "tag": "cdi"})
    # The territory facet is counted under the tag alone; the tag facet under the territory alone.
    assert options(narrowed, "territoire") == options(page(client, {"tag": "cdi"}), "territoire")
    assert options(narrowed, "tag") == options(page(client, {"territoire": "trebon"}), "tag")
    for param in ("parcours", "issue", "secteur"):
        assert sum(options(narrowed, param).values()) <= shown_count(narrowed)
        assert all(
            narrowed_count <= everything_count
            for narrowed_count, everything_count in zip(
                options(narrowed, param).values(), options(everything, param).values(), strict=True
            )
        )


def test_the_tag_page_counts_within_its_tag_and_keeps_other_filters(client, stories):
    response = client.get("/histoires/tags/permis/", {"territoire": "malpasse"})
    assert response.status_code == 200
    titles = {story.title for story in response.context["stories"]}
    direct = page(client, {"tag": "permis", "territoire": "malpasse"})
    assert titles == {story.title for story in direct.context["stories"]}
    assert shown_count(response) == len(titles)
    for param in FACETS:
        assert options(response, param) == options(direct, param)


def test_pages_of_a_filtered_list_follow_each_other(client, stories, make_story):
    for number in range(12):
        make_story(f"Encore {number}", territory="trebon", tags=["cdi"])
    first = page(client, {"territoire": "trebon", "tag": "cdi"})
    second = page(client, {"territoire": "trebon", "tag": "cdi", "page": 2})
    shown = [story.title for story in itertools.chain(first.context["stories"], second.context["stories"])]
    assert len(shown) == len(set(shown)) == shown_count(first) == shown_count(second)
