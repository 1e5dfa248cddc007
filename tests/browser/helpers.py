"""What a keyboard user does and what assistive technology reads, as seen from the browser."""

from tests.browser.conftest import AXE_SCRIPT

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, one readable line per rule."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, which the site's Content-Security-Policy (no inline
        # script) does not govern; a <script> tag would be refused, as it should be.
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"])
        for violation in result["violations"]
    ]


def assert_no_axe_violations(page):
    violations = axe_violations(page)
    assert violations == [], f"{page.url}:\n" + "\n".join(violations)


def focused(page):
    """The focused element: tag, id, classes and its text, for assertions and messages."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return el ? {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className || '',
                          text: (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 120)} : null;
        }"""
    )


def tab_to(page, selector, text=None, limit=80, key="Tab"):
    """Press Tab until the focus is on `selector` (whose text contains `text`); the key presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if page.evaluate(
            """([selector, text]) => {
                const el = document.activeElement;
                return !!el && el.matches(selector) && (!text || (el.innerText || el.value || '').includes(text));
            }""",
            [selector, text],
        ):
            return presses
    raise AssertionError(f"{selector} {text or ''} not reached after {limit} × {key}; focus is on {focused(page)}")


def announced(page):
    """What the focused element says to a screen reader: its role, name and content (ARIA snapshot)."""
    return page.locator("*:focus").aria_snapshot()


def horizontal_overflow(page):
    """How many pixels the page scrolls sideways (0 when it fits the viewport)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def description(field):
    """The texts a field's aria-describedby points at, as read after its name ("<missing id>" if absent)."""
    return field.evaluate(
        """el => (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
               .map(id => document.getElementById(id) ? document.getElementById(id).innerText : '<missing ' + id)
               .join(' ')"""
    )
