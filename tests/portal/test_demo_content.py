import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from audience.models import PageViewDay
from corrections.models import Correction
from news.models import NewsPage
from newsletter.models import Delivery, NewsletterPage, Subscriber
from portal.models import HomePage, StandardPage, Territory

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", flat=True)),
        "revisions": Revision.objects.count(),
        "territories": sorted(Territory.objects.values_list("slug", flat=True)),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "subscribers": Subscriber.objects.count(),
        "deliveries": Delivery.objects.count(),
        "view_counters": PageViewDay.objects.count(),
        "corrections": Correction.objects.count(),
    }


def test_demo_content_builds_the_site_and_is_idempotent(client):
    call_command("load_demo_content", stdout=io.StringIO())
    first = snapshot()
    call_command("load_demo_content", stdout=io.StringIO())
    assert snapshot() == first

    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {
        "le-programme",
        "mentions-legales",
        "accessibilite",
        "donnees-personnelles",
    }
    assert Territory.objects.filter(kind="pilot").count() == 3
    assert Territory.objects.filter(kind="new").count() == 5
    assert {"admin", "editrice", "moderateur"} <= set(first["users"])
    assert client.get("/").status_code == 200

    # The communication toolkit (issue 21): news, a letter sent to its subscribers, audience, corrections.
    assert NewsPage.objects.live().count() >= 4
    assert "Forum emploi des quartiers Nord" in client.get("/actualites/").content.decode()
    letter = NewsletterPage.objects.live().get()
    assert (
        Delivery.objects.filter(newsletter=letter, status="envoyee").count() == Subscriber.objects.confirmed().count()
    )
    assert first["view_counters"] > 0 and first["corrections"] == 2
    assert client.get("/lettre/").status_code == 200


def test_demo_passwords_are_printed_only_in_development(settings, capsys):
    settings.SHOW_DEMO_PASSWORDS = False
    call_command("load_demo_content")
    out = capsys.readouterr().out
    assert "admin-impact-2026" not in out
    assert not get_user_model().objects.get(username="admin").check_password("admin-impact-2026")
