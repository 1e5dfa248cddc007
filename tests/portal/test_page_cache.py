import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from portal.factories import StandardPageFactory
from portal.models import SiteIdentitySettings
from portal.page_cache import AnonymousPageCacheMiddleware

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def page(home_page):
    page = StandardPageFactory(parent=home_page, title="Le programme", slug="le-programme", intro="Version 1")
    # The first request of a new site creates its settings row, which (rightly) invalidates the cache.
    SiteIdentitySettings.for_site(home_page.get_site())
    return page


def test_second_anonymous_visit_is_served_from_cache(client, page, django_assert_num_queries):
    first = client.get(page.url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(page.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]


def test_publishing_a_change_invalidates_the_cache(client, page):
    client.get(page.url)
    page.intro = "Version 2"
    page.save_revision().publish()
    response = client.get(page.url)
    assert "Version 2" in response.content.decode()


def test_unpublishing_invalidates_the_cache(client, page):
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_any_page_of_a_listing_sees_changes_elsewhere(client, home_page, page):
    client.get("/")
    home_page.hero_title = "Nouveau titre"
    home_page.save_revision().publish()
    assert "Nouveau titre" in client.get("/").content.decode()


def test_logged_in_visitors_are_never_served_or_stored(client, page):
    user = get_user_model().objects.create_user("editrice", password="x")
    client.force_login(user)
    assert "X-Page-Cache" not in client.get(page.url)
    client.logout()
    assert client.get(page.url)["X-Page-Cache"] == "miss"


def test_response_using_a_csrf_token_is_never_stored():
    tokens = []

    def form_view(request):
        tokens.append(get_token(request))
        return HttpResponse(f"<form>{tokens[-1]}</form>")

    middleware = AnonymousPageCacheMiddleware(form_view)
    factory = RequestFactory()
    first = middleware(factory.get("/offres/stage/"))
    second = middleware(factory.get("/offres/stage/"))
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert len(tokens) == 2
    assert first.content != second.content


def test_query_strings_are_cached_separately(client, page):
    assert client.get(page.url, {"page": "1"})["X-Page-Cache"] == "miss"
    assert client.get(page.url, {"page": "2"})["X-Page-Cache"] == "miss"
    assert client.get(page.url, {"page": "1"})["X-Page-Cache"] == "hit"


def cached_keys():
    from django.core.cache import cache

    return [key for key in cache._cache if ":page-cache:" in key and "generation" not in key]


def test_junk_query_strings_and_unknown_paths_are_never_stored(client, page):
    for n in range(30):
        assert client.get(page.url, {f"junk{n}": "x" * 50}).status_code == 200
        assert client.get(f"/nexiste-pas-{n}/").status_code == 404
    assert cached_keys() == []


def test_known_parameters_are_stored_once_whatever_their_order(client, page):
    first = client.get(page.url + "?territoire=malpasse&page=2")
    assert first["X-Page-Cache"] == "miss"
    second = client.get(page.url + "?page=2&territoire=malpasse")
    assert second["X-Page-Cache"] == "hit"
    assert len(cached_keys()) == 1


def test_sessions_outlive_an_evicted_cache(settings):
    """With Redis (REDIS_URL), sessions are kept in the database, the cache only speeds them up."""
    import subprocess
    import sys

    code = "from django.conf import settings; print(settings.SESSION_ENGINE)"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={
            **__import__("os").environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "REDIS_URL": "redis://127.0.0.1:6379/15",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "django.contrib.sessions.backends.cached_db", result.stderr
