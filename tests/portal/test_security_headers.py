"""Security headers on every page: a strict Content-Security-Policy that the pages actually keep
(no inline script, style or event handler), Permissions-Policy, no framing but the map's embed mode,
and the Mozilla Observatory's published scoring giving A+ with the production settings."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

pytestmark = pytest.mark.django_db

DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def policy(response, header="Content-Security-Policy"):
    directives = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def inline_code(html):
    """Everything in a page that a policy without 'unsafe-inline' would block."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type") not in DATA_SCRIPT_TYPES:
            found.append(str(script)[:80])
        elif script.get("src", "").startswith(("http:", "https:", "//")):
            found.append(f"third-party script {script['src']}")
    found += [str(style)[:80] for style in soup.find_all("style")]
    for tag in soup.find_all(True):
        for attribute in tag.attrs:
            if attribute == "style" or attribute.startswith("on"):
                found.append(f"<{tag.name} {attribute}=…>")
        if str(tag.get("href", "")).lower().startswith("javascript:"):
            found.append(f"<{tag.name} href=javascript:…>")
    return found


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", stdout=io.StringIO())


def public_urls():
    from opportunities.models import EventPage, OfferPage
    from partners_directory.models import PartnerPage
    from stories.models import StoryPage

    return [
        "/",
        "/histoires/",
        StoryPage.objects.live().first().url,
        "/histoires/raconter/",
        "/offres/",
        OfferPage.objects.live().first().url,
        "/agenda/",
        "/agenda/?vue=mois",
        EventPage.objects.live().first().url,
        "/partenaires/",
        PartnerPage.objects.live().first().url,
        "/recherche/?q=metier",
        "/espace-entreprise/connexion/",
        "/espace-entreprise/inscription/",
        "/une-page-qui-n-existe-pas/",
    ]


@pytest.mark.ignore_template_errors
def test_every_page_keeps_its_policy(client, demo_site, admin_templates):
    """One demo site (slow to build) for the three checks: public pages, the embed, the admin."""
    check_public_pages(client)
    check_map_embed(client)
    check_admin(client)


def check_public_pages(client):
    for url in public_urls():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        directives = policy(response)
        assert directives["default-src"] == ["'none'"], url
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["frame-ancestors"] == ["'none'"], url
        assert "geolocation=(self)" in response["Permissions-Policy"] and "camera=()" in response["Permissions-Policy"]
        assert response["X-Frame-Options"] == "DENY"
        assert inline_code(response.content.decode()) == [], url


def check_map_embed(client):
    """The only page other sites may frame."""
    response = client.get("/partenaires/", {"embed": "1"})
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'", "https:"]
    assert directives["script-src"] == ["'self'"]
    assert inline_code(response.content.decode()) == []
    # The map's tiles are allowed as images, nothing else from outside.
    assert "https://tile.openstreetmap.org" in directives["img-src"]


def check_admin(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    # The public pages an editor looks at keep the strict one.
    assert policy(client.get("/"))["script-src"] == ["'self'"]


# --- The Observatory's scoring (https://github.com/mozilla/http-observatory, docs/scoring.md) ---------

REFERRER_BONUS = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}


def observatory_score(response):
    """Baseline 100 plus the modifiers of the tests a single HTML response can decide."""
    score, bonus = 100, 0
    if "Content-Security-Policy" not in response:
        score -= 25
    else:
        directives = policy(response)
        scripts = directives.get("script-src", directives.get("default-src", []))
        styles = directives.get("style-src", directives.get("default-src", []))
        if "'unsafe-inline'" in scripts:
            score -= 20
        elif "'unsafe-eval'" in scripts:
            score -= 10
        elif any(source.startswith("http:") for values in directives.values() for source in values):
            score -= 20
        elif "'unsafe-inline'" not in styles:
            bonus += 10 if directives.get("default-src") == ["'none'"] else 5
        if "frame-ancestors" in directives:
            bonus += 5  # X-Frame-Options implemented via the CSP
    if response.get("X-Frame-Options") not in ("DENY", "SAMEORIGIN") and "frame-ancestors" not in policy(response):
        score -= 20
    hsts = response.get("Strict-Transport-Security", "")
    max_age = int(hsts.split("max-age=")[1].split(";")[0]) if "max-age=" in hsts else 0
    if max_age < 15768000:
        score -= 20 if not hsts else 10
    elif "preload" in hsts:
        bonus += 5
    if response.get("X-Content-Type-Options") != "nosniff":
        score -= 5
    if response.get("Referrer-Policy") in REFERRER_BONUS:
        bonus += 5
    cookies = list(response.cookies.values())
    if cookies:
        if not all(cookie["secure"] for cookie in cookies):
            score -= 20
        elif all(cookie["samesite"] for cookie in cookies) and all(
            cookie["httponly"] for cookie in cookies if "session" in cookie.key
        ):
            bonus += 5
    # Bonus points only count for a site already at A (90) or better.
    return score + bonus if score >= 90 else score


def production_security(settings):
    settings.SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True


@pytest.fixture
def story_index(home_page):
    from stories.factories import StoryIndexPageFactory

    return StoryIndexPageFactory(parent=home_page)


def test_observatory_grade_is_a_plus_with_production_settings(client, story_index, settings):
    production_security(settings)
    for url in ["/", "/histoires/raconter/", "/espace-entreprise/connexion/"]:
        response = client.get(url, secure=True)
        assert response.status_code == 200
        assert observatory_score(response) >= 100, (url, observatory_score(response))
    # A page that sets the session cookie (a company's log-in) keeps it Secure, HttpOnly and SameSite.
    login = client.post("/espace-entreprise/connexion/", {"username": "x@y.example", "password": "z"}, secure=True)
    assert observatory_score(login) >= 100


def test_the_scoring_would_catch_an_unsafe_policy(client, home_page, settings):
    production_security(settings)
    unsafe = {"default-src": ["'self'"], "script-src": ["'self'", "'unsafe-inline'"]}
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": unsafe}
    assert observatory_score(client.get("/", secure=True)) < 90
