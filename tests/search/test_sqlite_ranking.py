"""On SQLite, results come in the library's relevance order, page by page, without its per-match subquery."""

import pytest
from django.db import connection
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.factories import StandardPageFactory
from search.sqlite_ranking import RankedSQLiteSearchBackend

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the ranked backend replaces SQLite's only"),
]


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
def test_same_order_and_count_as_the_library(pages, query):
    live = Page.objects.live()
    ours = RankedSQLiteSearchBackend({}).search(query, live)
    theirs = SQLiteSearchBackend({}).search(query, live)
    assert ours.count() == theirs.count() > 0
    for start, stop in [(0, 10), (10, 20), (3, 7)]:
        assert [page.pk for page in ours[start:stop]] == [page.pk for page in theirs[start:stop]]


def test_site_search_uses_the_ranked_backend(client, pages):
    assert isinstance(get_search_backend(), RankedSQLiteSearchBackend)
    response = client.get("/recherche/", {"q": "atelier"})
    assert response.context["result_count"] == 14
    assert "Atelier brouillon" not in response.content.decode()
