"""The home's key figures read their targets and labels from the settings and link to the public figures."""

import pytest

from steering.models import ProgrammeSettings

pytestmark = pytest.mark.django_db


def test_home_figures_read_targets_from_the_settings(client, programme):
    settings = programme["settings"]
    settings.stories_target, settings.stories_label = 120, "histoires en ligne"
    settings.save()
    html = client.get("/").content.decode()
    assert '<span class="figure__count">2</span> <span class="figure__target">/ 120</span>' in html
    assert "histoires en ligne" in html
    assert 'href="/le-programme/chiffres/"' in html


def test_default_targets_are_the_programme_targets(home_page):
    settings = ProgrammeSettings.for_site(home_page.get_site())
    assert [settings.target(key) for key in ("stories", "companies", "associations", "collegiens")] == [
        100,
        300,
        150,
        1000,
    ]
    assert (settings.young_people_target, settings.pathways_target) == (2200, 1200)
