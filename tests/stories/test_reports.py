"""The "Signaler" link on every story, the report form and the moderators' queue."""

from html import unescape

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from stories.contributions import reports
from stories.contributions.models import StoryReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(make_story):
    return make_story("Le déclic de Samir")


@pytest.fixture
def report(client, story_index, django_capture_on_commit_callbacks):
    """Post the report form; by default as the same visitor (one browser, one address)."""

    def post(story, as_client=None, **data):
        payload = {"reason": "inapproprie", "details": "", "site_web": "", **data}
        with django_capture_on_commit_callbacks(execute=True):
            return (as_client or client).post(f"{story_index.url}signaler/{story.pk}/", payload)

    return post


def visitor(address):
    """Another person: a browser of their own on another connection."""
    return Client(REMOTE_ADDR=address)


def test_every_story_has_a_report_link(client, story, story_index):
    html = client.get(story.url).content.decode()
    assert f'href="{story_index.url}signaler/{story.pk}/"' in html
    form = client.get(f"{story_index.url}signaler/{story.pk}/")
    assert form.status_code == 200
    text = unescape(form.content.decode())
    for reason in ("Contenu inapproprié", "Informations personnelles", "Pas d'accord pour être publié", "Autre"):
        assert reason in text
    assert 'name="site_web"' in text and "csrfmiddlewaretoken" in text


def test_other_needs_details_and_keeps_input(report, story):
    response = report(story, reason="autre", site_web="")
    assert response.status_code == 400
    assert "explique en quelques mots" in unescape(response.content.decode())
    assert not StoryReport.objects.exists()
    response = report(story, reason="autre", details="<b>Mon cousin</b> est cité sans son accord")
    assert response.status_code == 200
    assert StoryReport.objects.get().details == "<b>Mon cousin</b> est cité sans son accord"


def test_honeypot_and_rate_limit(report, story, make_story, settings):
    settings.STORY_REPORT_RATE_LIMIT = (2, 3600)
    assert report(story, site_web="http://spam.example").status_code == 400
    other = make_story("Une autre histoire")
    report(story, as_client=visitor("203.0.113.1"))
    report(other, as_client=visitor("203.0.113.1"))
    response = report(story, as_client=visitor("203.0.113.1"), details="gardé")
    assert response.status_code == 429
    assert "gardé" in response.content.decode()
    assert StoryReport.objects.count() == 2


def test_one_visitor_cannot_take_a_story_offline(client, report, story):
    for reason in ("inapproprie", "donnees-personnelles", "pas-d-accord"):
        response = report(story, reason=reason)
        assert response.status_code == 200
    story.refresh_from_db()
    assert story.live
    assert StoryReport.objects.count() == 1
    assert "déjà signalé" in unescape(response.content.decode())
    assert client.get(f"/histoires/{story.slug}/").status_code == 200


def test_new_sessions_from_one_address_count_as_one_reporter(report, story):
    for _ in range(4):
        report(story, as_client=visitor("198.51.100.7"))
    story.refresh_from_db()
    assert story.live
    assert StoryReport.objects.count() == 4


def test_a_forged_forwarded_header_does_not_make_new_reporters(story_index, story, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(4):
        Client(REMOTE_ADDR="198.51.100.7").post(
            f"{story_index.url}signaler/{story.pk}/",
            {"reason": "inapproprie", "details": "", "site_web": ""},
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )
    story.refresh_from_db()
    assert story.live


def test_every_report_reaches_the_moderators_at_once(report, story, moderator):
    report(story, reason="donnees-personnelles", details="Le nom du collège est écrit")
    message = next(m for m in mail.outbox if moderator.email in m.to)
    assert story.title in message.subject
    assert "Informations personnelles" in message.body and "Le nom du collège est écrit" in message.body
    assert "/admin/pages/" in message.body


def test_three_distinct_reporters_unpublish_with_an_audit_entry(client, report, story, moderator):
    report(story, as_client=visitor("203.0.113.1"))
    report(story, as_client=visitor("203.0.113.2"), reason="donnees-personnelles")
    story.refresh_from_db()
    assert story.live
    mail.outbox.clear()
    report(story, as_client=visitor("203.0.113.3"), reason="pas-d-accord")
    story.refresh_from_db()
    assert not story.live
    assert client.get(f"/histoires/{story.slug}/").status_code == 404
    threshold = next(m for m in mail.outbox if moderator.email in m.to and "hors ligne" in m.subject)
    assert "3" in threshold.subject and story.title in threshold.subject
    assert "Informations personnelles" in threshold.body
    assert reverse(reports_restore_url_name(), args=[story.pk]) in threshold.body
    entry = PageLogEntry.objects.get(page=story, action=reports.UNPUBLISHED_ACTION)
    assert entry.data["reporters"] == 3
    assert entry.user is None
    assert PageLogEntry.objects.filter(page=story, action="wagtail.unpublish").exists()


def reports_restore_url_name():
    from stories.contributions.links import RESTORE_URL_NAME

    return RESTORE_URL_NAME


def test_reports_outside_the_window_do_not_count(report, story, settings):
    settings.STORY_REPORTS_WINDOW_HOURS = 24
    report(story, as_client=visitor("203.0.113.1"))
    report(story, as_client=visitor("203.0.113.2"))
    StoryReport.objects.update(created_at=timezone.now() - timezone.timedelta(hours=25))
    report(story, as_client=visitor("203.0.113.3"))
    story.refresh_from_db()
    assert story.live


def test_handled_reports_do_not_count(report, story):
    report(story, as_client=visitor("203.0.113.1"))
    report(story, as_client=visitor("203.0.113.2"))
    StoryReport.objects.update(status=StoryReport.Status.HANDLED)
    report(story, as_client=visitor("203.0.113.3"))
    story.refresh_from_db()
    assert story.live


def test_a_report_needs_a_reason(report, story):
    response = report(story, reason="")
    assert response.status_code == 400
    assert "Choisis une raison" in unescape(response.content.decode())
    assert not StoryReport.objects.exists()


def test_a_huge_story_number_is_not_found(client, story_index):
    assert client.get(f"{story_index.url}signaler/{10**30}/").status_code == 404
    assert client.post(f"{story_index.url}signaler/{2**63}/", {"reason": "autre"}).status_code == 404


@pytest.mark.ignore_template_errors  # Wagtail's admin templates rely on optional variables
def test_moderator_restores_an_unpublished_story_in_one_action(client, report, story, moderator, editor):
    for n in range(3):
        report(story, as_client=visitor(f"203.0.113.{n + 1}"))
    story.refresh_from_db()
    assert not story.live
    url = reverse(reports_restore_url_name(), args=[story.pk])

    client.force_login(editor)
    assert client.post(url).status_code in (302, 403)  # Wagtail sends a refused user to the dashboard
    story.refresh_from_db()
    assert not story.live

    client.force_login(moderator)
    listing = unescape(client.get(reverse("wagtailsnippets_stories_storyreport:list")).content.decode())
    assert url in listing and "Remettre en ligne" in listing
    assert client.get(url).status_code == 200
    response = client.post(url, {"note": "Rien d'anormal."})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live
    assert not StoryReport.objects.filter(status=StoryReport.Status.OPEN).exists()
    assert set(StoryReport.objects.values_list("handled_by", flat=True)) == {moderator.pk}
    restored = PageLogEntry.objects.get(page=story, action=reports.RESTORED_ACTION)
    assert restored.user == moderator
    # Nothing left to restore: a second click says so instead of failing.
    response = client.post(url, follow=True)
    assert "en ligne" in unescape(response.content.decode())


def test_unpublished_story_cannot_be_reported(client, story, story_index):
    story.unpublish()
    assert client.get(f"{story_index.url}signaler/{story.pk}/").status_code == 404


@pytest.mark.ignore_template_errors  # Wagtail's admin templates rely on optional variables
def test_reports_queue_in_the_admin(client, report, story, moderator):
    report(story, reason="autre", details="Le nom du collège est visible")
    client.force_login(moderator)
    listing = client.get(reverse("wagtailsnippets_stories_storyreport:list"))
    assert listing.status_code == 200
    assert story.title in unescape(listing.content.decode())
    item = StoryReport.objects.get()
    edit_url = reverse("wagtailsnippets_stories_storyreport:edit", args=[item.pk])
    assert client.get(edit_url).status_code == 200
    response = client.post(edit_url, {"status": "traite", "moderator_note": "Nom du collège retiré."})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == StoryReport.Status.HANDLED
    assert item.handled_by == moderator and item.handled_at is not None
