"""Browser tests: Debian's Chromium driven by Playwright, against pytest-django's live server.

The browser is the system one (`CHROMIUM_PATH`, /usr/bin/chromium by default): Playwright never
downloads one. One browser serves the whole package; each test gets fresh pages (contexts).
Requests leaving the live server (map tiles…) are refused, so pages load the same offline.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connections

from tests.browser.site import build_site

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: `make test` installs Debian's package `chromium`")
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core is missing at {AXE_SCRIPT}: run `make install` (npm ci)")
    # Playwright's sync API keeps an event loop running in this thread; Django refuses database
    # access from a thread with a running loop unless told it is safe (it is: the loop only
    # drives the browser). Allowed for the browser tests only.
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            # With the loop running, asgiref hands this thread other connection objects: give them the
            # migrations' data that `serialized_rollback` restores before each test (Wagtail's root page…).
            for alias, contents in serialized.items():
                connections[alias]._test_serialized_contents = contents
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
            yield chromium
            chromium.close()


@pytest.fixture
def site(transactional_db):
    return build_site()


@pytest.fixture
def open_page(browser, live_server):
    """open_page(path, viewport="phone") -> a Playwright page at the live server, keyboard ready."""
    contexts = []
    server_errors = []
    server = urlsplit(live_server.url)

    def keep_local(route):
        if urlsplit(route.request.url).netloc == server.netloc:
            route.continue_()
        else:
            route.abort()

    def open_(path, viewport="phone"):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale="fr-FR", base_url=live_server.url)
        context.set_default_timeout(30_000)  # CI machines are shared and slow at times
        context.route("**/*", keep_local)
        context.on("response", lambda response: response.status >= 500 and server_errors.append(response.url))
        contexts.append(context)
        page = context.new_page()
        page.goto(path)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert server_errors == [], "the live server answered with an error (see its log above)"


@pytest.fixture(params=["phone", "desktop"])
def viewport(request):
    return request.param
