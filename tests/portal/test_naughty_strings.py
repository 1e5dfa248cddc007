"""A corpus of hostile and unusual strings through every public form and query parameter: no 500.

Control characters, right-to-left overrides, combining marks, very long values, NUL bytes, SQL and
full-text syntax, HTML and JavaScript, numbers that overflow: each one goes into every parameter of
every public listing, feed and API, and into every field of every public form. The site may refuse
them (400, 404, 413, 429…) but must never fail.
"""

from urllib.parse import quote

import pytest
from django.test import Client

from portal.dates import PARIS

pytestmark = pytest.mark.django_db

NAUGHTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x07\x08\x1b[31mrouge",
    "ligne\r\nsuivante",
    "Yas\nmine",
    "\u202eenimsaY",
    "\u200f\u200e\u200b\ufeff",
    "\u0301\u0301\u0301",
    "e\u0301te\u0301",
    "عَلَّمَنَا حَيُّنَا الصَّبْرَ وَالْأَمَلَ" * 12,
    "𝕳𝖊𝖑𝖑𝖔 🙂👩🏽‍🚀",
    "x" * 6000,
    "9" * 40,
    "-1",
    "-9" * 20,
    "1e309",
    "NaN",
    "inf",
    "0x10",
    "' OR '1'='1' --",
    '"; DROP TABLE wagtailcore_page; --',
    "titre:métier",
    '"non fermé',
    "NEAR(stage métier)",
    "stage* OR ^emploi AND NOT (",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ 7*7 }}{% debug %}",
    "../../etc/passwd",
    "%00%ff",
    "2026-13-45",
    "99999-99-99",
    "45.2,5.3,44.1,4.9",
    "1,2,3,4,5",
    "181,91,-181,-91",
]


@pytest.fixture
def demo_site(home_page, settings):
    """One page of each public type, a sign-up-able event and a story waiting for a parent (factories:
    much faster than the demo content, for the same code paths)."""
    from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory
    from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory
    from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
    from partners_directory.models import PartnerKind
    from portal.factories import TerritoryFactory
    from stories.contributions import intake
    from stories.factories import StoryIndexPageFactory, StoryPageFactory

    settings.RATE_LIMITS_ENABLED = False
    territory = TerritoryFactory(slug="malpasse", name="Malpassé")
    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=stories, title="Le déclic de Samir", territory=territory).tags.add("emploi")
    partners = PartnerIndexPageFactory(parent=home_page)
    PartnerPageFactory(parent=partners, title="Mission locale Nord")
    company = PartnerPageFactory(parent=partners, title="Sud Logistique", kind=PartnerKind.COMPANY)
    offer = OfferPageFactory(parent=OfferIndexPageFactory(parent=home_page), title="Visite", company=company)
    OfferSessionFactory(page=offer, seats=3)
    EventPageFactory(parent=EventIndexPageFactory(parent=home_page), title="Atelier CV", signup_enabled=True, seats=5)
    cleaned = {
        "first_name": "Lina",
        "age": 14,
        "territory": territory,
        "story": "J'ai découvert un métier grâce à une visite d'entreprise. " * 5,
        "email": "lina@exemple.example",
        "parent_name": "Parent",
        "parent_email": "parent@exemple.example",
    }
    intake.receive(cleaned, stories, notify=False)


def listings():
    """Every public URL that reads query parameters, with the parameters it reads."""
    from opportunities.models import EventPage, OfferPage
    from stories.models import StoryPage

    story = StoryPage.objects.live().first()
    offer = OfferPage.objects.live().first()
    event = EventPage.objects.live().first()
    return {
        "/histoires/": ["territoire", "parcours", "issue", "secteur", "tag", "page"],
        "/histoires/rss/": ["territoire", "page"],
        story.url: ["page"],
        "/offres/": ["type", "secteur", "commune", "du", "au", "places", "page"],
        offer.url: ["page"],
        "/agenda/": ["vue", "mois", "jour", "type", "territoire", "commune", "page"],
        "/agenda/archives/": ["page", "type"],
        "/agenda/agenda.ics": ["type", "territoire", "commune"],
        event.url: ["page"],
        f"/agenda/{event.slug}/evenement.ics": ["page"],
        "/partenaires/": ["type", "thematique", "public", "territoire", "q", "lat", "lon", "embed", "page"],
        "/api/partenaires.geojson": ["type", "thematique", "public", "territoire", "q", "lat", "lon", "bbox"],
        "/api/data-inclusion/structures.json": ["page"],
        "/api/data-inclusion/services.json": ["page"],
        "/recherche/": ["q", "type", "page"],
        "/recherche/autocomplete/": ["q"],
        "/api/v2/pages/": ["search", "type", "fields", "offset", "limit", "order", "child_of", "id", "slug"],
        "/api/v2/images/": ["search", "offset", "limit", "id"],
        "/sitemap.xml": ["p"],
        "/": ["page"],
    }


def path_segments():
    """Slugs, tags, ids and tokens in paths."""
    return [
        "/histoires/{}/",
        "/histoires/tags/{}/",
        "/histoires/signaler/{}/",
        "/histoires/raconter/parent/{}/",
        "/histoires/raconter/retrait/{}/",
        "/offres/{}/",
        "/agenda/{}/",
        "/agenda/{}/evenement.ics",
        "/partenaires/{}/",
        "/inscriptions/{}/annuler/",
        "/espace-entreprise/confirmer/{}/",
        "/api/v2/pages/{}/",
    ]


def server_errors(client, requests):
    """The requests that failed; each value is tried alone, so a failure names its culprit."""
    failures = []
    for method, url, data in requests:
        response = client.get(url, data) if method == "GET" else client.post(url, data)
        if response.status_code >= 500:
            failures.append((method, url[:80], {k: str(v)[:30] for k, v in (data or {}).items()}))
    return failures


def test_no_query_parameter_or_path_gives_a_500(demo_site):
    client = Client(raise_request_exception=False)
    requests = []
    for url, parameters in listings().items():
        for value in NAUGHTY:
            requests.append(("GET", url, dict.fromkeys(parameters, value)))
    for template in path_segments():
        for value in NAUGHTY[::2]:
            if value and "/" not in value:
                requests.append(("GET", template.format(quote(value[:300], safe="")), None))
    assert server_errors(client, requests) == []


def public_forms():
    """(url, field names) of every form a visitor can send, whatever their values."""
    from opportunities.models import EventPage, OfferPage, OfferSession
    from stories.consent.models import Contribution
    from stories.models import StoryPage

    story = StoryPage.objects.live().first()
    offer = OfferPage.objects.live().first()
    session = OfferSession.objects.filter(page=offer).first()
    event = EventPage.objects.live().filter(signup_enabled=True).first()
    contribution = Contribution.objects.exclude(parent_token=None).first()
    signup_fields = [
        "first_name", "last_name", "age", "email", "phone", "is_collegien", "school", "school_class",
        "parent_name", "parent_phone", "message", "site_web",
    ]  # fmt: skip
    forms = {
        "/histoires/raconter/": [
            "first_name", "age", "territory", "story", "outcome", "sector", "email", "parent_name",
            "parent_email", "consent_publication", "consent_image", "site_web",
        ],
        f"/histoires/signaler/{story.pk}/": ["reason", "details", "site_web"],
        f"{offer.url}inscription/{session.pk}/": signup_fields,
        "/espace-entreprise/inscription/": [
            "company_name", "siret", "contact_name", "email", "phone", "password1", "password2", "site_web",
        ],
        "/espace-entreprise/connexion/": ["username", "password", "site_web"],
        "/espace-entreprise/mot-de-passe/": ["email", "site_web"],
        "/admin/login/": ["username", "password"],
    }  # fmt: skip
    if event is not None:
        when = event.start.astimezone(PARIS)
        forms[f"{event.url}inscription/{when:%Y%m%dT%H%M}/"] = signup_fields
    if contribution is not None:
        forms[f"/histoires/raconter/parent/{contribution.parent_token}/"] = ["consent_publication", "consent_image"]
        forms[f"/histoires/raconter/retrait/{contribution.contributor_token}/"] = ["confirm"]
    return forms


@pytest.mark.ignore_template_errors  # Wagtail's admin log-in template
def test_no_form_field_gives_a_500(demo_site, admin_templates):
    client = Client(raise_request_exception=False)
    requests = []
    forms = public_forms()
    assert len(forms) == 10  # every public form is in the list
    for url, fields in forms.items():
        for value in NAUGHTY:
            requests.append(("POST", url, dict.fromkeys(fields, value)))
    assert server_errors(client, requests) == []
