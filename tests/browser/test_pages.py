"""Every public page type: no axe violation (WCAG 2.1 A and AA), nothing wider than a phone, results first,
links big enough to tap, focus rings that can be seen, a header whose focus order is the order it is seen."""

import pytest

from tests.browser.helpers import assert_no_axe_violations, focused, horizontal_overflow, tab_to
from tests.opportunities.company_space.helpers import PASSWORD, make_account

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def public_pages(site):
    return {
        "accueil": "/",
        "histoires": site.stories.url,
        "histoire": site.story.url,
        "raconter": site.stories.url + "raconter/",
        "signaler": site.stories.url + f"signaler/{site.story.pk}/",
        "offres": site.offers.url,
        "offre": site.stage.url,
        "inscription": site.stage.url + f"inscription/{site.stage_session.pk}/",
        "agenda": site.agenda.url,
        "agenda-mois": site.agenda.url + "?vue=mois",
        "evenement": site.event.url,
        "partenaires": site.partners.url,
        "partenaire": site.association.url,
        "recherche": "/recherche/?q=atelier",
        "recherche-vide": "/recherche/",
        "page": "/accessibilite/",
        "entreprise-connexion": "/espace-entreprise/connexion/",
        "entreprise-inscription": "/espace-entreprise/inscription/",
        "introuvable": "/cette-page-n-existe-pas/",
        "besoin-d-aide": "/besoin-d-aide/",
        "quartiers": "/quartiers/",
        "quartier": f"/quartiers/{site.malpasse.slug}/",
        "entreprises": "/entreprises/",
    }


def test_every_public_page_passes_axe_and_fits(site, open_page, viewport):
    page = open_page("/", viewport)
    for name, path in public_pages(site).items():
        page.goto(path)
        if name in ("partenaires", "partenaire"):
            page.locator(".leaflet-container").first.wait_for()
        assert_no_axe_violations(page)
        assert horizontal_overflow(page) == 0, f"{path} scrolls sideways"


@pytest.mark.parametrize("width", [320, 375])
def test_results_come_first_on_a_phone(site, open_page, width):
    page = open_page("/", "phone")
    page.set_viewport_size({"width": width, "height": 667})
    listings = {
        site.stories.url: "#resultats",
        site.offers.url: "#resultats",
        site.agenda.url: "#resultats",
        site.partners.url: "#liste-partenaires",
        "/recherche/?q=atelier": "#resultats",
    }
    for path, results in listings.items():
        page.goto(path)
        top = page.locator(results).bounding_box()["y"]
        assert top < 667 - 100, f"{path}: the results start {top:.0f} px down, below the first screen"
        assert horizontal_overflow(page) == 0, f"{path} scrolls sideways at {width} px"
        # The first results themselves start in the first screen (cards, a day of dates, hits; on the
        # partners' page the map of the results comes first).
        first = page.locator(f"{results} + *").first
        assert first.bounding_box()["y"] < 667 - 40, f"{path}: no result in the first screen"


def test_phone_menu_opens_and_closes_by_keyboard(site, open_page, viewport):
    page = open_page("/", viewport)
    menu = page.locator(".menu-toggle")
    if viewport == "desktop":
        assert not menu.is_visible() and page.locator(".site-nav a").first.is_visible()
        return
    assert menu.is_visible() and not page.locator(".site-nav").is_visible()
    tab_to(page, ".menu-toggle")
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused(page)["text"] == page.locator(".site-nav a").first.inner_text()
    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false" and not page.locator(".site-nav").is_visible()
    assert focused(page)["text"] == "Menu"


def test_navigation_wraps_and_follows_the_visual_order(site, open_page, viewport):
    page = open_page("/", viewport)
    has_menu = page.locator(".menu-toggle").is_visible()
    if has_menu:
        page.locator(".menu-toggle").click()
        # Start the walk from the top of the page again, as on arrival.
        page.locator("body").evaluate("b => { b.tabIndex = -1; b.focus(); b.removeAttribute('tabindex'); }")
    assert page.evaluate("() => document.querySelector('.site-nav').scrollWidth <= innerWidth")
    for link in page.locator(".site-nav a").all():
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"], link.inner_text()
    # Tab through the header: each stop is below, or on the same line to the right of, the previous one.
    stops = []
    # The skip link, the brand, the menu button (phones), the search field and button, then the links.
    for _ in range(4 + has_menu + page.locator(".site-nav a").count()):
        page.keyboard.press("Tab")
        box = page.evaluate("() => { const r = document.activeElement.getBoundingClientRect(); return [r.x, r.y]; }")
        stops.append((box, focused(page)["text"]))
    header_stops = stops[1:]  # after the skip link
    for (before, before_text), (after, after_text) in zip(header_stops, header_stops[1:], strict=False):
        same_line = abs(after[1] - before[1]) < 8
        assert after[1] > before[1] + 8 or (same_line and after[0] > before[0]), (
            f"{after_text!r} comes after {before_text!r} but is seen before it"
        )


def test_links_are_big_enough_to_tap(site, open_page, viewport):
    for path in [site.story.url, "/recherche/?q=atelier", site.partners.url]:
        page = open_page(path, viewport)
        selector = ".site-footer a, .breadcrumb a, .search-result__title a, .partner-item__title a, .pagination a"
        for link in page.locator(selector).all():
            height = link.bounding_box()["height"]
            assert height >= 24, f"{path}: {link.inner_text()!r} is {height:.0f} px high"


def contrast(first, second):
    def luminance(rgb):
        channels = [value / 255 for value in rgb]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted([luminance(first), luminance(second)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


RING = """el => {
    const rgb = value => value.match(/\\d+/g).slice(0, 3).map(Number);
    let back = el.parentElement;
    while (back && getComputedStyle(back).backgroundColor.endsWith(', 0)')) back = back.parentElement;
    const style = getComputedStyle(el);
    return {style: style.outlineStyle, width: parseFloat(style.outlineWidth),
            ring: rgb(style.outlineColor), around: rgb(getComputedStyle(back || document.body).backgroundColor)};
}"""


def test_focus_rings_stand_out(site, open_page, viewport):
    page = open_page(site.stories.url, viewport)
    tab_to(page, ".card__title a")
    ring = page.locator(".card:focus-within").evaluate(RING)
    assert ring["style"] == "solid" and ring["width"] >= 2
    assert contrast(ring["ring"], ring["around"]) >= 3
    tab_to(page, ".site-footer a")
    ring = page.locator("*:focus").evaluate(RING)
    assert ring["style"] == "solid" and contrast(ring["ring"], ring["around"]) >= 3
    page.goto(site.offers.url)
    if viewport == "phone":
        tab_to(page, "summary")
        page.keyboard.press("Enter")
    tab_to(page, "input#id_du")
    ring = page.locator("*:focus").evaluate(RING)
    assert ring["style"] == "solid" and contrast(ring["ring"], ring["around"]) >= 3


def test_company_dashboard_fits_a_phone(site, open_page, viewport):
    make_account("rh@boulangerie-martin.example", site.company)
    page = open_page("/espace-entreprise/connexion/", viewport)
    tab_to(page, "input#id_username")
    page.keyboard.type("rh@boulangerie-martin.example")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().startswith("Les offres de Boulangerie Martin")
    assert horizontal_overflow(page) == 0
    for table in page.locator(".table-scroll").all():
        assert table.evaluate("el => el.scrollWidth <= el.clientWidth"), "a dashboard table scrolls sideways"
    assert_no_axe_violations(page)
