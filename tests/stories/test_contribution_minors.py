"""Minors: a parent confirms under 15, and a minor's photo needs the parent's image-rights consent."""

import os
import re
from html import unescape

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from stories.consent import wording
from stories.consent.models import Consent, Contribution

from .contribution_helpers import complete_as_moderator, latest_story, photo_upload

pytestmark = pytest.mark.django_db

CONTACT = "yasmine.contact@impact-jeunes.example"
PARENT = "parent.yasmine@impact-jeunes.example"


def in_moderation(story):
    return WorkflowState.objects.filter(object_id=str(story.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()


def confirm_link(message):
    return re.search(r"https?://testserver(/\S+/raconter/parent/\S+/)", message.body).group(1)


@pytest.fixture
def confirm(client, django_capture_on_commit_callbacks):
    def post(url, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


def test_under_15_needs_parent_name_and_email(submit):
    response = submit(age="14")
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert "Tu as moins de 15 ans : un parent doit être d'accord." in html
    assert not Contribution.objects.exists()


def test_under_15_reaches_moderation_only_after_the_parent_confirms(submit, client, confirm, moderator):
    response = submit(age="14", parent_name="Karima B.", parent_email=PARENT)
    assert response.status_code == 302
    assert "attente=parent" in response["Location"]
    story = latest_story()
    contribution = Contribution.objects.get()
    assert contribution.status == Contribution.Status.AWAITING_PARENT
    assert not in_moderation(story)
    assert not [m for m in mail.outbox if moderator.email in m.to]
    to_parent = [m for m in mail.outbox if m.to == [PARENT]]
    assert len(to_parent) == 1
    assert f"/raconter/retrait/{contribution.parent_token}/" in to_parent[0].body
    assert contribution.contributor_token not in to_parent[0].body

    url = confirm_link(to_parent[0])
    page = client.get(url)
    assert page.status_code == 200
    assert "Un animateur du centre social" in page.content.decode()
    assert page["X-Robots-Tag"] == "noindex, nofollow"

    refused = confirm(url)
    assert refused.status_code == 400
    assert "Cochez cette case" in refused.content.decode()
    assert not in_moderation(story)

    mail.outbox.clear()
    confirmed = confirm(url, consent_publication="on")
    assert confirmed.status_code == 200
    assert in_moderation(story)
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.IN_MODERATION
    assert contribution.parent_confirmed_at is not None
    parent_consent = contribution.consents.get(kind=wording.PARENT_PUBLICATION)
    assert parent_consent.wording_version == wording.current_version(wording.PARENT_PUBLICATION)
    assert [m for m in mail.outbox if moderator.email in m.to]

    # The link only works once.
    again = client.get(url)
    assert "déjà reçu une réponse" in again.content.decode()


def test_15_to_17_without_photo_needs_no_parent(submit):
    submit(age="16")
    assert Contribution.objects.get().status == Contribution.Status.IN_MODERATION


def test_15_to_17_with_photo_needs_a_parent_email(submit):
    response = submit(age="16", photo=photo_upload(), consent_image="on")
    assert response.status_code == 400
    assert "un parent doit être d'accord pour la photo" in unescape(response.content.decode())


def test_minor_photo_without_parent_image_consent_is_erased_and_never_published(
    submit, client, confirm, moderator, act
):
    submit(age="16", photo=photo_upload(), consent_image="on", parent_name="Karima B.", parent_email=PARENT)
    contribution = Contribution.objects.get()
    story = contribution.story
    image = contribution.photo
    original = image.file.path
    assert story.main_image_id == image.pk
    assert not in_moderation(story)

    url = confirm_link(next(m for m in mail.outbox if m.to == [PARENT]))
    html = client.get(url).content.decode()
    assert "consent_publication" not in html  # 15 and over: the parent only answers for the photo
    confirm(url)  # image-rights box left unticked
    assert in_moderation(story)
    contribution.refresh_from_db()
    story.refresh_from_db()
    assert contribution.photo is None
    assert story.main_image is None
    assert all(revision.content.get("main_image") is None for revision in story.revisions.all())
    assert not os.path.exists(original)

    complete_as_moderator(story, moderator)
    act(story, "approve")
    story.refresh_from_db()
    assert story.live and story.main_image is None


def test_minor_photo_with_parent_image_consent_is_kept(submit, confirm):
    submit(age="14", photo=photo_upload(), consent_image="on", parent_name="Karima B.", parent_email=PARENT)
    url = confirm_link(next(m for m in mail.outbox if m.to == [PARENT]))
    confirm(url, consent_publication="on", consent_image="on")
    contribution = Contribution.objects.get()
    assert contribution.photo is not None
    kinds = set(contribution.consents.values_list("kind", flat=True))
    assert kinds == {
        Consent.Kind.PUBLICATION,
        Consent.Kind.IMAGE_RIGHTS,
        Consent.Kind.PARENT_PUBLICATION,
        Consent.Kind.PARENT_IMAGE_RIGHTS,
    }
