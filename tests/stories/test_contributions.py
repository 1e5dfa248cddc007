"""The form at /histoires/raconter/, end to end: intake, workflow, e-mails, what stays private."""

import re

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from stories.consent import wording
from stories.consent.models import Consent, Contribution
from stories.models import StoryPage

from .contribution_helpers import STORY_TEXT, photo_upload

pytestmark = pytest.mark.django_db

CONTACT = "yasmine.contact@impact-jeunes.example"


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def test_form_is_shown_in_plain_french_with_limits(client, contribute_url, territories):
    response = client.get(contribute_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Raconte ton histoire" in html
    assert "Entre 200 et 5\u202f000 caractères" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="site_web"' in html
    assert 'enctype="multipart/form-data"' in html


def test_adult_story_goes_to_moderation_and_is_confirmed(submit, moderator):
    response = submit()
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    story = contribution.story
    assert contribution.status == Contribution.Status.IN_MODERATION
    assert story.live is False
    assert story.title == "L'histoire de Yasmine"
    assert story.first_name == "Yasmine"
    assert len(story.body) == 3
    state = WorkflowState.objects.get(object_id=str(story.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Modération des histoires"
    to_moderator = [m for m in mail.outbox if moderator.email in m.to]
    assert to_moderator, "Wagtail's group approval task e-mails the moderators"
    to_young = [m for m in mail.outbox if m.to == [CONTACT]]
    assert len(to_young) == 1
    assert "bien reçu" in to_young[0].subject
    assert any(f"/raconter/retrait/{contribution.contributor_token}/" in link for link in links_in(to_young[0]))


def test_consents_are_recorded_with_version_and_time(submit):
    submit()
    consent = Consent.objects.get()
    assert consent.kind == wording.PUBLICATION
    assert consent.wording_version == wording.current_version(wording.PUBLICATION)
    assert consent.given_at is not None
    assert consent.wording == wording.text(wording.PUBLICATION)


def test_text_is_stored_as_plain_text_and_rendered_inert(submit, client, moderator):
    payload = "<script>alert('x')</script>"
    submit(story=STORY_TEXT + "\n\n" + payload, first_name="Léa")
    story = StoryPage.objects.get()
    raw = story.body.raw_data
    assert "<script>" not in str(raw)
    assert "&lt;script&gt;" in str(raw)


def test_form_errors_keep_everything_typed(client, contribute_url, territories):
    data = {
        "first_name": "Samir",
        "age": "12",
        "territory": str(territories["trebon"].pk),
        "story": "Trop court mais gardé",
        "email": "samir@impact-jeunes.example",
        "site_web": "",
    }
    response = client.post(contribute_url, {**data, "photo": photo_upload()})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ce site est pour les 13–30 ans." in html
    assert "Ton histoire est trop courte" in html
    assert "coche la case" in html
    assert 'value="Samir"' in html
    assert "Trop court mais gardé" in html
    assert 'value="samir@impact-jeunes.example"' in html
    assert f'<option value="{territories["trebon"].pk}" selected>' in html
    assert "choisis-la à nouveau" in html
    assert not Contribution.objects.exists()


def test_honeypot_refuses_robots(submit):
    response = submit(site_web="http://spam.example")
    assert response.status_code == 400
    assert "robot" in response.content.decode()
    assert not Contribution.objects.exists()


def test_rate_limit_answers_clearly_and_keeps_input(submit, settings):
    settings.CONTRIBUTION_RATE_LIMIT = (2, 3600)
    assert submit().status_code == 302
    assert submit(first_name="Nina").status_code == 302
    response = submit(first_name="Océane")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Attends une heure" in html
    assert 'value="Océane"' in html
    assert Contribution.objects.count() == 2


def test_bad_files_are_refused_in_french(submit):
    from django.core.files.uploadedfile import SimpleUploadedFile

    text_file = SimpleUploadedFile("photo.jpg", b"pas une image du tout", content_type="image/jpeg")
    response = submit(photo=text_file, consent_image="on")
    assert response.status_code == 400
    assert "pas une photo au format JPEG, PNG ou WebP" in response.content.decode()
    svg_data = b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'
    svg = SimpleUploadedFile("photo.svg", svg_data, content_type="image/svg+xml")
    response = submit(photo=svg, consent_image="on")
    assert "pas une photo au format JPEG, PNG ou WebP" in response.content.decode()
    assert not Contribution.objects.exists()


def test_photo_needs_image_consent(submit):
    response = submit(photo=photo_upload())
    assert response.status_code == 400
    assert "Tu as mis une photo : coche cette case" in response.content.decode()


def test_demo_contributions_wait_for_moderation_and_are_idempotent():
    import io

    from django.core.management import call_command
    from wagtail.models import WorkflowPage

    call_command("load_demo_content", stdout=io.StringIO())
    call_command("load_demo_content", stdout=io.StringIO())
    statuses = sorted(Contribution.objects.values_list("status", flat=True))
    assert statuses == [Contribution.Status.AWAITING_PARENT, Contribution.Status.IN_MODERATION]
    assert not StoryPage.objects.filter(contribution__isnull=False, live=True).exists()
    assert WorkflowPage.objects.get(page__slug="histoires").workflow.name == "Modération des histoires"


def test_mistakes_do_not_use_up_the_submission_limit(submit, settings):
    settings.CONTRIBUTION_RATE_LIMIT = (1, 3600)
    for _ in range(3):
        assert submit(age="").status_code == 400
    assert submit().status_code == 302
