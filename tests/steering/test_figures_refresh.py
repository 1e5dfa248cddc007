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
