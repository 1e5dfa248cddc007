import shutil

import pytest
from django.conf import settings
from wagtail.models import Page, Site

from portal.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The site's home page, served at / like in production."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    if old_root.specific_class is Page:
        old_root.delete()
    return home


@pytest.fixture
def admin_templates(monkeypatch):
    """Wagtail's admin templates rely on optional variables rendering as "", as in production."""
    from django.template import engines

    monkeypatch.setattr(engines["django"].engine, "string_if_invalid", "")


@pytest.fixture
def postgres_only():
    if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        pytest.skip("needs PostgreSQL: run with DATABASE_URL=postgres://…")


@pytest.fixture(autouse=True)
def _commit_at_end_of_request(monkeypatch):
    """Each test runs in one transaction that never commits, so `on_commit` work (e-mails) would
    never run. Run it when a test client's request ends, as the real commit at the end of the
    request would; work a test does outside a request uses `django_capture_on_commit_callbacks`."""
    from django.db import connection
    from django.test import Client

    original = Client.request

    def request_then_commit(self, **request):
        start = len(connection.run_on_commit)
        try:
            return original(self, **request)
        finally:
            while len(connection.run_on_commit) > start:
                pending = connection.run_on_commit[start:]
                del connection.run_on_commit[start:]
                for _sids, callback, _robust in pending:
                    callback()

    monkeypatch.setattr(Client, "request", request_then_commit)
