"""On SQLite, results come in the library's relevance order, page by page, without its per-match subquery."""

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
