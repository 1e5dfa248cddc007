import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from portal.models import SiteIdentitySettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def identity(home_page):
    identity = SiteIdentitySettings.for_site(Site.objects.get(is_default_site=True))
    identity.main_navigation = [("link", {"label": "Histoires", "url": "/histoires/"})]
    identity.contact_email = "contact@impact-jeunes.example"
    identity.save()
    return identity


def test_navigation_change_shows_on_the_next_page_view(client, identity):
    assert ">Histoires</a>" in client.get("/").content.decode()

    identity.main_navigation = [("link", {"label": "Les offres", "url": "/offres/"})]
    identity.save()
    html = client.get("/").content.decode()

    assert ">Les offres</a>" in html
    assert ">Histoires</a>" not in html


def test_header_and_footer_cost_no_query_once_cached(client, identity):
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()

    assert "contact@impact-jeunes.example" in html
    assert not [query for query in queries if "siteidentitysettings" in query["sql"]]


def test_footer_states_the_accessibility_status_on_every_page(client, identity):
    from bs4 import BeautifulSoup

    from portal.factories import StandardPageFactory
    from portal.models.site_settings import AccessibilityStatus

    footer = BeautifulSoup(client.get("/").content, "html.parser").select_one(".site-footer__legal")
    assert "Accessibilité : non conforme" in footer.get_text()  # no audit yet: the RGAA default

    statement = StandardPageFactory(parent=identity.site.root_page, title="Accessibilité", slug="accessibilite")
    identity.accessibility_page = statement
    identity.accessibility_status = AccessibilityStatus.PARTIAL
    identity.save()
    for path in ["/", "/accessibilite/"]:
        footer = BeautifulSoup(client.get(path).content, "html.parser").select_one(".site-footer__legal")
        link = footer.find("a", string="Accessibilité : partiellement conforme")
        assert link["href"] == "/accessibilite/"
