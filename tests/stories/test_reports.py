"""The "Signaler" link on every story, the report form and the moderators' queue."""

from html import unescape

import pytest
from django.core import mail
from django.urls import reverse

from stories.contributions.models import StoryReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(make_story):
    return make_story("Le déclic de Samir")


@pytest.fixture
def report(client, story_index, django_capture_on_commit_callbacks):
    def post(story, **data):
        payload = {"reason": "inapproprie", "details": "", "site_web": "", **data}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"{story_index.url}signaler/{story.pk}/", payload)

    return post


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


def test_honeypot_and_rate_limit(report, story, settings):
    settings.STORY_REPORT_RATE_LIMIT = (3, 3600)
    assert report(story, site_web="http://spam.example").status_code == 400
    report(story)
    report(story)
    response = report(story, details="gardé")
    assert response.status_code == 429
    assert "gardé" in response.content.decode()
    assert StoryReport.objects.count() == 2


def test_three_open_reports_unpublish_and_email_moderators(client, report, story, moderator):
    report(story)
    report(story, reason="donnees-personnelles")
    story.refresh_from_db()
    assert story.live
    assert not mail.outbox
    report(story, reason="pas-d-accord")
    story.refresh_from_db()
    assert not story.live
    assert client.get(f"/histoires/{story.slug}/").status_code == 404
    message = next(m for m in mail.outbox if moderator.email in m.to)
    assert "3" in message.subject and story.title in message.subject
    assert "Informations personnelles" in message.body


def test_handled_reports_do_not_count(report, story):
    report(story)
    report(story)
    StoryReport.objects.update(status=StoryReport.Status.HANDLED)
    report(story)
    story.refresh_from_db()
    assert story.live


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
