"""/le-programme/chiffres/: the public figures, small counts hidden, cached, linked from the home."""

import re

import pytest

from portal.models import SiteIdentitySettings

pytestmark = pytest.mark.django_db
URL = "/le-programme/chiffres/"


def test_public_page_shows_each_indicator_with_small_counts_hidden(client, programme):
    html = client.get(URL).content.decode()
    assert "Le programme en chiffres" in html
    # Stories, companies and associations are public already; 2 collégiens are hidden, 5 young people are not.
    counts = re.findall(r'<span class="figure__count[^"]*">([^<]+)</span>', html)
    assert counts == ["2", "1", "2", "moins de 5", "5", "0"]
    assert html.count('class="figure__bar"') == 5  # a hidden count hides its share of the target too


def test_no_table_cell_under_five(client, programme):
    html = client.get(URL).content.decode()
    cells = re.findall(r"<td>([^<]*)</td>", html)
    assert cells, "the tables are there"
    small = [cell for cell in cells if cell.strip().isdigit() and 0 < int(cell) < 5]
    # Offers: numbers of offers, sessions and seats are not people; sign-ups are.
    offers = html.split("Offres par type et remplissage", 1)[1]
    offer_rows = re.findall(r"<tr><th scope=\"row\">Stage d&#x27;observation de 3e</th>(.*?)</tr>", offers)
    assert offer_rows and "<td>moins de 5</td><td>moins de 5</td>" in offer_rows[0]
    territories = html.split("Indicateurs par territoire", 1)[1].split("Histoires publiées par issue", 1)[0]
    for row in re.findall(r"<tr><th scope=\"row\">.*?</tr>", territories):
        people = re.findall(r"<td>([^<]*)</td>", row)[-3:]  # collégiens, young people reached, pathways
        assert not [c for c in people if c.isdigit() and 0 < int(c) < 5], row
    assert small, "stories, companies, offers and seats are not people: shown as they are"


def test_public_page_filters_by_territory_and_is_cached(client, programme, settings):
    settings.PAGE_CACHE_ENABLED = True
    arles = programme["arles"]
    # The first request of a new site creates its settings rows, which (rightly) invalidates the cache.
    SiteIdentitySettings.for_site(programme["settings"].site)
    first = client.get(URL, {"territoire": arles.slug})
    assert "Trébon" in first.content.decode()
    assert first["X-Page-Cache"] == "miss"
    assert client.get(URL, {"territoire": arles.slug})["X-Page-Cache"] == "hit"


def test_public_page_stays_under_its_query_budget(client, programme, django_assert_max_num_queries):
    # A first visit: the site chrome built, every figure counted (one query), the tables counted.
    with django_assert_max_num_queries(15):
        assert client.get(URL).status_code == 200


def test_unknown_territory_shows_the_whole_programme(client, programme):
    response = client.get(URL, {"territoire": "<script>"})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</h1>", 1)[1].split("steering-charts", 1)[0]


def test_a_new_sign_up_refreshes_the_cached_page(client, programme, settings):
    from tests.steering.conftest import sign_up

    settings.PAGE_CACHE_ENABLED = True
    SiteIdentitySettings.for_site(programme["settings"].site)
    client.get(URL)
    assert client.get(URL)["X-Page-Cache"] == "hit"
    sign_up(programme["visit"], "nouvelle@example.org", collegien=False, age=20)
    response = client.get(URL)
    assert response["X-Page-Cache"] == "miss"
    assert re.findall(r'<span class="figure__count">(\d+)</span>', response.content.decode())[-2] == "6"  # reached


def test_charts_are_static_scripts_with_json_data_under_the_strict_policy(client, programme):
    response = client.get(URL)
    html = response.content.decode()
    scripts = re.findall(r"<script([^>]*)>", html)
    assert any("vendor/chart.js/chart.umd.js" in attrs for attrs in scripts)
    assert all("src=" in attrs or 'type="application/json"' in attrs for attrs in scripts)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"].split("script-src", 1)[1].split(";", 1)[0]
