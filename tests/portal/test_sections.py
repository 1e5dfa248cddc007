"""Pages show sections filled by other apps; wiring mistakes fail loudly instead of leaving a section empty."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from partners_directory.partner_page import PARTNER_SECTIONS
from portal.models.pages import HOME_SECTIONS
from portal.sections import Sections, check_sections_filled


@pytest.fixture
def sections(monkeypatch):
    monkeypatch.setattr(Sections, "declared", [])
    return Sections("la page de test", ["news", "dates"])


def test_every_section_of_the_site_is_filled_by_its_app():
    assert HOME_SECTIONS.unfilled() == [] and PARTNER_SECTIONS.unfilled() == []
    assert check_sections_filled() == []


def test_a_section_fills_with_the_registered_function(sections):
    sections.register("news", lambda page: [f"nouvelle de {page}"])
    sections.register("dates", lambda page: iter(["une date"]))
    assert sections.fill("accueil") == {"news": ["nouvelle de accueil"], "dates": ["une date"]}


def test_an_unknown_or_doubled_section_is_refused(sections):
    with pytest.raises(ImproperlyConfigured, match="no section 'newz'"):
        sections.register("newz", list)
    sections.register("news", list)
    with pytest.raises(ImproperlyConfigured, match="already filled"):
        sections.register("news", list)


def test_an_unfilled_section_fails_on_the_page_and_in_manage_py_check(sections):
    sections.register("news", list)
    with pytest.raises(ImproperlyConfigured, match="dates"):
        sections.fill("accueil")
    [error] = check_sections_filled()
    assert error.id == "portal.E001" and "dates" in error.msg
