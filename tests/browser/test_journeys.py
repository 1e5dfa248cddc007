"""The five journeys of issue 19, keyboard only, on a phone (375 px) and a desktop (1280 px)."""

import io
import re

import pytest
from PIL import Image

from tests.browser.helpers import announced, assert_no_axe_violations, description, focused, tab_to
from tests.stories.contribution_helpers import STORY_TEXT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def press(page, key, navigates=False):
    if navigates:
        with page.expect_navigation():
            page.keyboard.press(key)
    else:
        page.keyboard.press(key)


def open_filters(page, viewport):
    """On a phone the filters are folded under their summary; on a desktop they are open."""
    details = page.locator("details[data-filters]")
    if viewport == "phone":
        assert not details.get_attribute("open") and details.get_attribute("open") != ""
        tab_to(page, "summary")
        press(page, "Enter")
    assert details.evaluate("el => el.open")


def assert_lands_on_results(page, expected_text):
    assert page.url.endswith("#resultats")
    assert focused(page)["id"] == "resultats"
    assert expected_text in announced(page)
    box = page.locator("#resultats").bounding_box()
    assert -2 <= box["y"] < page.viewport_size["height"], "the results are not on screen"


def test_find_a_stage_de_3e_and_sign_up(site, open_page, viewport):
    page = open_page("/", viewport)
    if viewport == "phone":
        tab_to(page, ".menu-toggle", "Menu")
        page.keyboard.press("Enter")
    tab_to(page, ".site-nav a", "Offres")
    press(page, "Enter", navigates=True)
    open_filters(page, viewport)
    tab_to(page, "select#id_type")
    page.keyboard.type("Stage")
    tab_to(page, "button[type=submit]", "Voir les offres")
    press(page, "Enter", navigates=True)

    assert_lands_on_results(page, "1 offre à venir avec ces filtres")
    assert "Stage d'observation de 3e" in page.title()
    assert "(1 filtre)" in page.locator("details[data-filters] summary").inner_text()
    tab_to(page, ".card__title a", "Une semaine au fournil")
    press(page, "Enter", navigates=True)
    tab_to(page, "a.button", "Je m'inscris")
    press(page, "Enter", navigates=True)

    # First attempt: only a first name.
    tab_to(page, "input#id_first_name")
    page.keyboard.type("Inès")
    tab_to(page, "button[type=submit]", "Je réserve ma place")
    press(page, "Enter", navigates=True)
    assert page.title().startswith("Erreur : ")
    assert "error-summary" in focused(page)["cls"]
    assert "Indique ton nom" in announced(page)
    assert page.locator("#id_first_name").input_value() == "Inès"
    assert_no_axe_violations(page)

    # The summary's first link leads to the first wrong field; the rest follows in Tab order.
    tab_to(page, ".error-summary a")
    press(page, "Enter")
    assert focused(page)["id"] == "id_last_name"
    for value in ["Martin", "14"]:
        page.keyboard.press("Control+A")
        page.keyboard.type(value)
        page.keyboard.press("Tab")
    # « Ton quartier » comes next: she leaves « Je ne sais pas ».
    assert focused(page)["id"] == "id_territory"
    tab_to(page, "input#id_email")
    page.keyboard.type("ines@impact-jeunes.example")
    tab_to(page, "input#id_school")
    page.keyboard.type("Collège Jean-Claude Izzo")
    page.keyboard.press("Tab")
    page.keyboard.type("3e B")
    page.keyboard.press("Tab")
    page.keyboard.type("Nadia Martin")
    page.keyboard.press("Tab")
    page.keyboard.type("nadia@impact-jeunes.example")
    page.keyboard.press("Tab")
    page.keyboard.type("06 00 00 00 00")
    tab_to(page, "button[type=submit]", "Je réserve ma place")
    press(page, "Enter", navigates=True)
    # A minor: the seat is held until the parent agrees (the parent was just e-mailed).
    assert "ta place est gardée en attendant l'accord de ton parent" in page.locator("h1").inner_text()
    assert not page.title().startswith("Erreur")


def jpeg_file(tmp_path):
    path = tmp_path / "atelier.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 80, 40)).save(buffer, format="JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def choose_photo(page, photo):
    # The field is reached by keyboard; the system's file dialog it opens is not part of the page
    # (and under load headless Chromium may not raise it in time), so the file is given directly.
    tab_to(page, "input#id_photo")
    page.set_input_files("input#id_photo", photo)


def test_tell_a_story_with_a_photo(site, open_page, viewport, tmp_path):
    photo = jpeg_file(tmp_path)
    page = open_page(site.stories.url, viewport)
    tab_to(page, "a.button", "Raconte ton histoire")
    press(page, "Enter", navigates=True)

    tab_to(page, "input#id_first_name")
    page.keyboard.type("Yasmine")
    page.keyboard.press("Tab")
    page.keyboard.type("19")
    page.keyboard.press("Tab")
    page.keyboard.type("Malpassé")
    page.keyboard.press("Tab")
    page.keyboard.type("Trop court.")
    choose_photo(page, photo)
    tab_to(page, "input#id_email")
    page.keyboard.type("yasmine@impact-jeunes.example")
    tab_to(page, "input#id_consent_publication")
    page.keyboard.press("Space")
    tab_to(page, "button[type=submit]", "J'envoie mon histoire")
    press(page, "Enter", navigates=True)

    assert page.title().startswith("Erreur : Raconte ton histoire")
    assert "error-summary" in focused(page)["cls"]
    said = announced(page)
    assert "sauf la photo" in said
    story = page.locator("#id_story")
    assert story.get_attribute("aria-invalid") == "true"
    assert page.locator("#id_story_error").inner_text() in description(story)
    assert_no_axe_violations(page)

    tab_to(page, ".error-summary a", "histoire")
    press(page, "Enter")
    assert focused(page)["id"] == "id_story"
    page.keyboard.press("Control+A")
    page.keyboard.type(STORY_TEXT)
    choose_photo(page, photo)
    tab_to(page, "input#id_consent_image")
    page.keyboard.press("Space")
    tab_to(page, "button[type=submit]", "J'envoie mon histoire")
    press(page, "Enter", navigates=True)
    assert "ton histoire est bien arrivée" in page.locator("h1").inner_text()


def test_find_a_partner_from_the_list(site, open_page, viewport):
    page = open_page(site.partners.url, viewport)
    # The first Tab offers to skip to the list, past the filters and the map.
    tab_to(page, "a.skip-link", limit=1)
    press(page, "Enter")
    assert focused(page)["id"] == "liste-partenaires"
    assert "4 partenaires" in announced(page)
    tab_to(page, ".partner-item__title a", "Boulangerie Martin")
    press(page, "Enter", navigates=True)
    assert page.locator("h1").inner_text() == "Boulangerie Martin"
    assert page.title().startswith("Boulangerie Martin")


def test_the_map_in_french_and_by_keyboard(site, open_page, viewport):
    page = open_page(site.partners.url + "?territoire=" + str(site.malpasse.pk), viewport)
    page.locator(".leaflet-marker-icon").first.wait_for()
    assert page.locator(".leaflet-control-zoom-in").get_attribute("title") == "Zoomer"
    assert page.locator(".leaflet-control-zoom-out").get_attribute("title") == "Dézoomer"
    # "Passer la carte" comes right before it and lands on the list.
    tab_to(page, "a.partners__skip")
    press(page, "Enter")
    assert focused(page)["id"] == "partner-list"

    page.goto(site.partners.url)
    page.locator(".marker-cluster").first.wait_for()
    assert "partenaires ici" in page.locator(".marker-cluster").first.evaluate("el => el.innerText")
    tab_to(page, "img.leaflet-marker-icon[alt='Centre social 2']")
    press(page, "Enter")
    assert focused(page)["text"] == "Centre social 2"
    assert focused(page)["cls"] == "partners-popup__title"
    press(page, "Escape")
    assert page.evaluate("() => document.activeElement.alt") == "Centre social 2"


def test_search_with_the_autocomplete(site, open_page, viewport):
    page = open_page("/", viewport)
    tab_to(page, "input#header-search-q")
    page.keyboard.type("fourn")
    listbox = page.locator("#autocomplete-1")
    listbox.locator("[role=option]").first.wait_for()
    form_box = page.locator("form.header-search").bounding_box()
    assert listbox.bounding_box()["width"] >= form_box["width"] - 4, "the suggestions are narrower than the form"
    page.keyboard.press("ArrowDown")
    field = page.locator("#header-search-q")
    assert field.get_attribute("aria-expanded") == "true"
    assert field.get_attribute("aria-activedescendant") == "autocomplete-1-0"
    # Tab leaves the list for the search button, not for the page body.
    page.keyboard.press("Tab")
    assert focused(page)["tag"] == "button" and focused(page)["text"] == "Rechercher"
    assert field.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("End")
    page.keyboard.type("i")
    listbox.locator("[role=option]").first.wait_for()
    page.keyboard.press("ArrowDown")
    press(page, "Enter", navigates=True)
    assert page.locator("h1").inner_text() == "Une semaine au fournil"


def test_suggestions_scroll_with_the_highlight(site, open_page, viewport):
    from partners_directory.factories import PartnerPageFactory

    for number in range(8):
        PartnerPageFactory(parent=site.partners, title=f"Atelier numérique {number}")
    page = open_page("/recherche/", viewport)
    page.set_viewport_size({"width": page.viewport_size["width"], "height": 420})
    tab_to(page, "input#search-q")
    page.keyboard.type("Atelier")
    options = page.locator("[role=listbox]:visible [role=option]")
    options.nth(7).wait_for(state="attached")
    for index in range(8):
        page.keyboard.press("ArrowDown")
        visible = options.nth(index).evaluate(
            """el => { const box = el.getBoundingClientRect(), list = el.parentElement.getBoundingClientRect();
                       return box.top >= list.top - 1 && box.bottom <= Math.min(list.bottom, innerHeight) + 1; }"""
        )
        assert visible, f"suggestion {index + 1} is highlighted out of sight: " + options.nth(index).evaluate(
            "el => JSON.stringify([el.getBoundingClientRect(), el.parentElement.getBoundingClientRect(), innerHeight])"
        )


def test_move_through_the_agenda_month(site, open_page, viewport):
    page = open_page(site.agenda.url + "?vue=mois", viewport)
    tab_to(page, ".month-nav a[rel=next]")
    next_month = " ".join(re.sub(r"Mois suivant\s*:|›", "", focused(page)["text"]).split())
    press(page, "Enter", navigates=True)
    assert_lands_on_results(page, next_month.capitalize())
    assert re.search(r"\d+ dates?", announced(page))
    assert next_month.lower() in page.title()
    # The arrows are one key press away, not twenty.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.rel") == "next"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.rel") == "prev"
    press(page, "Enter", navigates=True)
    assert_lands_on_results(page, "")
