"""On SQLite, results come ranked by a weighted BM25 (title over body), page by page, without the library's
per-match subquery, and match exactly what the library matches."""

import pytest
from django.db import connection

if connection.vendor != "sqlite":
    pytest.skip(
        "the ranked backend replaces SQLite's only (its modules need SQLite's FTS5 model)", allow_module_level=True
    )

from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from portal.factories import StandardPageFactory  # noqa: E402
from search.sqlite_ranking import RankedSQLiteSearchBackend  # noqa: E402

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    made = []
    for number in range(14):
        words = " ".join(["atelier"] * (number % 4 + 1))
        made.append(
            StandardPageFactory(parent=home_page, title=f"Rendez-vous {number}", intro=f"Un {words} pour les jeunes.")
        )
    StandardPageFactory(parent=home_page, title="Atelier brouillon", live=False)
    StandardPageFactory(parent=home_page, title="Forum emploi", intro="Sans le mot cherché.")
    return made


@pytest.mark.parametrize("query", ["atelier", "atelier jeunes", "rendez"])
def test_same_matches_as_the_library_in_consistent_pages(pages, query):
    live = Page.objects.live()
    ours = RankedSQLiteSearchBackend({}).search(query, live)
    theirs = SQLiteSearchBackend({}).search(query, live)
    assert ours.count() == theirs.count() > 0
    everything = [page.pk for page in ours[0:100]]
    assert sorted(everything) == sorted(page.pk for page in theirs[0:100])
    for start, stop in [(0, 10), (10, 20), (3, 7)]:
        assert [page.pk for page in ours[start:stop]] == everything[start:stop]


def test_more_occurrences_rank_first_and_a_title_beats_the_body(pages, home_page):
    titled = StandardPageFactory(parent=home_page, title="Atelier du mercredi", intro="Pour tous.")
    ranked = [page.pk for page in RankedSQLiteSearchBackend({}).search("atelier", Page.objects.live())[0:20]]
    assert ranked[0] == titled.pk
    # Among the rest, four "atelier" in a short intro beat one.
    four, one = pages[3], pages[0]
    assert ranked.index(four.pk) < ranked.index(one.pk)


def test_site_search_uses_the_ranked_backend(client, pages):
    assert isinstance(get_search_backend(), RankedSQLiteSearchBackend)
    response = client.get("/recherche/", {"q": "atelier"})
    assert response.context["result_count"] == 14
    assert "Atelier brouillon" not in response.content.decode()


def test_pages_the_source_leaves_out_leave_no_gap_in_the_ranked_pages(pages, django_assert_max_num_queries):
    # The ranking query itself keeps only the source queryset's pages: every page of results is full.
    kept = Page.objects.live().exclude(pk__in=[page.pk for page in pages[::2]])
    ours = RankedSQLiteSearchBackend({}).search("atelier", kept)
    everything = [page.pk for page in ours[0:100]]
    assert sorted(everything) == sorted(page.pk for page in pages[1::2])
    assert [page.pk for page in ours[0:3]] + [page.pk for page in ours[3:7]] == everything
    # One query ranks and cuts, one loads the pages shown, whatever the number of matches.
    with django_assert_max_num_queries(2):
        assert len(list(RankedSQLiteSearchBackend({}).search("atelier", kept)[0:5])) == 5
