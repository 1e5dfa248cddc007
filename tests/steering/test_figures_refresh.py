"""A committed sign-up: the cached numbers move once more at the commit, and the figures are counted there,
once, before any visitor asks for the home page or the public figures."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import page_cache
from tests.steering.conftest import sign_up
from tests.steering.test_page_queries import young_people_reached

pytestmark = pytest.mark.django_db
COUNTING = 'WITH "sources"'  # the one query that counts every indicator (steering/indicators.py)


@pytest.fixture(autouse=True)
def _programme_committed(programme):
    """The programme's rows committed, as they are before any visitor comes: the test is one transaction
    that never commits, so its commit callbacks are run by hand (after this, each block's own)."""
    pending = connection.run_on_commit[:]
    del connection.run_on_commit[:]
    for _savepoints, callback, _robust in pending:
        callback()


def counting_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).content.decode()
    return html, [query for query in captured.captured_queries if COUNTING in query["sql"]]


def test_the_figures_are_counted_at_the_commit_not_by_the_next_visitor(
    client, programme, django_capture_on_commit_callbacks
):
    assert young_people_reached(client.get("/").content.decode())[4] == "5"

    with django_capture_on_commit_callbacks(execute=True):
        sign_up(programme["visit"], "nouvelle@example.org", collegien=False, age=20)

    html, counted = counting_queries(client, "/")
    assert young_people_reached(html)[4] == "6"
    assert counted == []
    html, counted = counting_queries(client, "/le-programme/chiffres/")
    assert young_people_reached(html)[4] == "6"
    assert counted == []


def test_what_was_cached_before_the_commit_is_not_served_after_it(programme, django_capture_on_commit_callbacks):
    before = page_cache.versions(page_cache.SEATS_KEY)
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(programme["visit"], "nouvelle@example.org", collegien=False, age=20)
        # Another request could build a page or count now, without seeing the uncommitted sign-up.
        during = page_cache.versions(page_cache.SEATS_KEY)
    after = page_cache.versions(page_cache.SEATS_KEY)
    assert len({before, during, after}) == 3


def test_a_failing_refresh_does_not_fail_the_sign_up(programme, django_capture_on_commit_callbacks, monkeypatch):
    def broken():
        raise RuntimeError("compteur indisponible")

    monkeypatch.setattr(page_cache, "SEATS_REFRESHERS", [broken])
    with django_capture_on_commit_callbacks(execute=True):
        signup = sign_up(programme["visit"], "nouvelle@example.org", collegien=False, age=20)
    assert signup.pk is not None


def test_the_public_page_needs_no_counting_after_a_committed_sign_up(
    client, programme, django_capture_on_commit_callbacks
):
    client.get("/le-programme/chiffres/")
    client.get("/le-programme/chiffres/")  # the first visit wrote the site's settings rows
    with CaptureQueriesContext(connection) as warm:
        client.get("/le-programme/chiffres/")
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(programme["visit"], "nouvelle@example.org", collegien=False, age=20)
    with CaptureQueriesContext(connection) as after:
        html = client.get("/le-programme/chiffres/").content.decode()
    assert young_people_reached(html)[4] == "6"
    # Figures and tables were counted at the commit: the visitor's request costs what a warm one does.
    assert len(after.captured_queries) == len(warm.captured_queries)
