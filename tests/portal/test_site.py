import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Site

from portal.factories import StandardPageFactory
from portal.models import SiteIdentitySettings

pytestmark = pytest.mark.django_db


def test_404_page_is_french_and_helpful(client, home_page):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Cette page est introuvable" in html
    assert 'href="/histoires/"' in html


def test_sitemap_lists_live_pages_only(client, home_page):
    StandardPageFactory(parent=home_page, title="Le programme", slug="le-programme")
    StandardPageFactory(parent=home_page, title="Brouillon", slug="brouillon", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = [
        loc.text for loc in ET.fromstring(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert any(url.endswith("/le-programme/") for url in urls)
    assert not any("brouillon" in url for url in urls)


def test_robots_txt_points_to_sitemap_and_hides_admin(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_navigation_and_footer_come_from_site_settings(client, home_page):
    legal = StandardPageFactory(parent=home_page, title="Mentions légales", slug="mentions-legales")
    identity = SiteIdentitySettings.for_site(Site.objects.get(root_page=home_page))
    identity.main_navigation = [("link", {"label": "Offres", "page": None, "url": "/offres/"})]
    identity.footer_links = [("link", {"label": "", "page": legal, "url": ""})]
    identity.contact_email = "contact@impact-jeunes.example"
    identity.save()

    html = client.get(legal.url).content.decode()
    assert '<a href="/offres/">Offres</a>' in html
    assert '<a href="/mentions-legales/">Mentions légales</a>' in html
    assert "mailto:contact@impact-jeunes.example" in html


def test_editor_groups_exist_with_fitting_permissions():
    editors = Group.objects.get(name="Éditeurs")
    moderators = Group.objects.get(name="Modérateurs")
    communication = Group.objects.get(name="Communication")
    codenames = lambda group: set(group.permissions.values_list("codename", flat=True))  # noqa: E731
    assert "access_admin" in codenames(editors) & codenames(moderators) & codenames(communication)
    assert "change_siteidentitysettings" in codenames(communication)
    assert "change_siteidentitysettings" not in codenames(editors)
    page_perms = lambda group: set(group.page_permissions.values_list("permission__codename", flat=True))  # noqa: E731
    assert {"add_page", "publish_page"} <= page_perms(editors)
    assert "publish_page" in page_perms(moderators)
    assert "add_page" not in page_perms(moderators)
