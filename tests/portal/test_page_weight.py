"""First load of any page stays under 200 KB over the wire: HTML, CSS and JS, gzipped.

Content images and map tiles are left aside, as the budget says. Measured on the demo site.
"""

import gzip
import io
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

pytestmark = pytest.mark.django_db

BUDGET = 200 * 1024
PAGES = [
    "/",
    "/histoires/",
    "/histoires/yanis-du-banc-au-quai-de-chargement/",
    "/partenaires/",
    "/partenaires/mission-locale-marseille-nord-est/",
    "/recherche/?q=metier",
]


def gzipped_size(content):
    return len(gzip.compress(content, compresslevel=6))


def assets(html):
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    return [url for url in stylesheets + scripts if url.startswith("/static/")]


def test_first_load_of_every_page_is_under_200_kb(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    call_command("load_demo_content", stdout=io.StringIO())
    for url in PAGES:
        response = client.get(url, HTTP_HOST="127.0.0.1")
        assert response.status_code == 200, url
        html = response.content.decode()
        total = gzipped_size(response.content)
        for asset in assets(html):
            path = finders.find(asset.removeprefix("/static/").split("?")[0])
            assert path, f"{asset} is referenced by {url} but missing"
            with open(path, "rb") as file:
                total += gzipped_size(file.read())
        assert total <= BUDGET, f"{url}: {total / 1024:.0f} KB"
