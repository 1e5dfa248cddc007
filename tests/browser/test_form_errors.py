"""A form sent with mistakes, by keyboard: focus on the error summary, errors attached to their fields."""

import pytest

from tests.browser.helpers import announced, assert_no_axe_violations, description, focused, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def submit_by_keyboard(page, button_text):
    tab_to(page, "button[type=submit]", button_text)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_errors_attached(page, expected_count):
    """Each invalid field is described by its own error message, read with the field."""
    invalid = page.locator("[aria-invalid=true]")
    ids = [invalid.nth(index).get_attribute("id") for index in range(invalid.count())]
    assert len(ids) == expected_count, ids
    for index in range(invalid.count()):
        field = invalid.nth(index)
        field_id = field.get_attribute("id")
        message = page.locator(f"[id='{field_id}_error']")
        assert message.count() == 1, f"no error message with id {field_id}_error for #{field_id}"
        said = description(field)
        assert message.inner_text().strip() in said, f"#{field_id} is described by {said!r}"
        assert "<missing" not in said


def assert_error_state(page, expected_title_start, expected_errors):
    assert_errors_attached(page, expected_errors)
    assert "error-summary" in focused(page)["cls"], f"focus is on {focused(page)}"
    assert "Le formulaire n'est pas encore complet" in announced(page)
    assert page.title().startswith("Erreur : "), page.title()
    assert expected_title_start in page.title()
    # The first link of the summary takes the keyboard to its field.
    page.keyboard.press("Tab")
    target = page.evaluate("() => document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    assert "#" + focused(page)["id"] == target
    assert_no_axe_violations(page)


def test_offer_signup_errors(site, open_page, viewport):
    page = open_page(site.stage.url + f"inscription/{site.stage_session.pk}/", viewport)
    submit_by_keyboard(page, "Je réserve ma place")
    # Name, age and a way to reach you; school and class, since the stage is for collégiens.
    assert_error_state(page, "Inscription", expected_errors=6)


def test_event_signup_errors(site, open_page, viewport):
    page = open_page(site.event.url, viewport)
    page.locator("a.button", has_text="Je m'inscris").first.click()
    submit_by_keyboard(page, "Je réserve ma place")
    assert_error_state(page, "Inscription", expected_errors=4)


def test_company_signup_errors(site, open_page, viewport):
    page = open_page("/espace-entreprise/inscription/", viewport)
    submit_by_keyboard(page, "Créer le compte")
    assert_error_state(page, "Créer un compte entreprise", expected_errors=5)


def test_company_login_errors(site, open_page, viewport):
    page = open_page("/espace-entreprise/connexion/", viewport)
    submit_by_keyboard(page, "Se connecter")
    assert_error_state(page, "Connexion", expected_errors=2)


def test_story_report_errors(site, open_page, viewport):
    page = open_page(site.stories.url + f"signaler/{site.story.pk}/", viewport)
    submit_by_keyboard(page, "Envoyer le signalement")
    assert page.title().startswith("Erreur : Signaler")
    assert "error-summary" in focused(page)["cls"]
    # The reasons are radio buttons: their group (fieldset) is described by the error.
    group = page.locator("fieldset#id_reason")
    assert page.locator("#id_reason_error").inner_text() in description(group)
    assert_no_axe_violations(page)


def test_company_offer_form_errors(site, open_page, viewport):
    from tests.opportunities.company_space.helpers import PASSWORD, make_account

    make_account("rh@boulangerie-martin.example", site.company)
    page = open_page("/espace-entreprise/connexion/", viewport)
    tab_to(page, "input#id_username")
    page.keyboard.type("rh@boulangerie-martin.example")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.goto("/espace-entreprise/offres/nouvelle/")
    tab_to(page, "input#id_title")
    page.keyboard.type("Une matinée au fournil")
    submit_by_keyboard(page, "Envoyer à la relecture")
    assert page.title().startswith("Erreur : Proposer une offre")
    assert "error-summary" in focused(page)["cls"]
    assert page.locator("#id_title").input_value() == "Une matinée au fournil"
    invalid = page.locator("[aria-invalid=true]")
    assert invalid.count() >= 1
    assert_errors_attached(page, invalid.count())
    assert_no_axe_violations(page)
