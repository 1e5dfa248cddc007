"""Erasure (admin button and command) and the retention purge leave no personal data behind."""

import datetime
import os

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry, Revision

from stories.consent.models import Contribution
from stories.contributions import erasure
from stories.models import StoryPage

from .contribution_helpers import complete_as_moderator, latest_story, photo_upload

pytestmark = pytest.mark.django_db

CONTACT = "yasmine.contact@impact-jeunes.example"
PARENT = "parent.yasmine@impact-jeunes.example"


def media_files(settings):
    root = settings.MEDIA_ROOT
    return [os.path.join(path, name) for path, _, names in os.walk(root) for name in names]


@pytest.fixture
def published_with_photo(submit, client, moderator, act):
    from stories.contributions import intake

    submit(photo=photo_upload(), consent_image="on")
    story = latest_story()
    complete_as_moderator(story, moderator)
    act(story, "approve")
    story.refresh_from_db()
    # A rendition exists, as after the page was shown once.
    assert client.get(story.url).status_code == 200
    assert story.main_image.renditions.exists()
    assert intake  # the photo went through the real intake
    return Contribution.objects.get()


def assert_no_personal_data(contribution, story_id, image_id, settings):
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.ERASED
    assert contribution.email == contribution.parent_email == contribution.parent_name == contribution.first_name == ""
    assert not StoryPage.objects.filter(pk=story_id).exists()
    assert not Revision.objects.filter(object_id=str(story_id)).exists()
    assert not PageLogEntry.objects.filter(page_id=story_id).exists()
    assert not get_image_model().objects.filter(pk=image_id).exists()
    assert media_files(settings) == []
    for revision in Revision.objects.all():
        assert CONTACT not in str(revision.content)
        assert "Yasmine" not in str(revision.content)


@pytest.mark.ignore_template_errors  # Wagtail's admin templates rely on optional variables
def test_admin_erase_button_removes_data_files_and_revisions(
    client, published_with_photo, moderator, settings, django_capture_on_commit_callbacks
):
    contribution = published_with_photo
    story_id, image_id = contribution.story_id, contribution.photo_id
    assert media_files(settings)
    client.force_login(moderator)
    listing = client.get(reverse("wagtailsnippets_stories_contribution:list"))
    assert listing.status_code == 200
    erase_url = reverse("stories_contribution_erase", args=[contribution.pk])
    assert erase_url in listing.content.decode()
    assert client.get(erase_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(erase_url)
    assert response.status_code == 302
    assert_no_personal_data(contribution, story_id, image_id, settings)


@pytest.mark.ignore_template_errors
def test_erase_needs_the_permission(client, published_with_photo, editor):
    client.force_login(editor)
    response = client.post(reverse("stories_contribution_erase", args=[published_with_photo.pk]))
    assert response.status_code in (302, 403)
    assert Contribution.objects.get().email == CONTACT


def test_erase_contributor_command_by_parent_email(submit, settings, django_capture_on_commit_callbacks):
    submit(age="14", photo=photo_upload(), consent_image="on", parent_name="Karima B.", parent_email=PARENT)
    contribution = Contribution.objects.get()
    story_id, image_id = contribution.story_id, contribution.photo_id
    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_contributor", email=PARENT.upper())
    assert_no_personal_data(contribution, story_id, image_id, settings)
    assert contribution.consents.count() == 2, "the trace of what was agreed stays, without contact data"


def test_purge_erases_contact_data_after_retention(submit, settings, moderator, act):
    settings.CONTRIBUTION_RETENTION_MONTHS = 12
    submit()
    story = latest_story()
    complete_as_moderator(story, moderator)
    act(story, "approve")
    contribution = Contribution.objects.get()
    now = timezone.now()

    call_command("purge_contributions")
    contribution.refresh_from_db()
    assert contribution.email == CONTACT, "decided today: kept"

    Contribution.objects.update(decided_at=now - datetime.timedelta(days=370))
    call_command("purge_contributions")
    contribution.refresh_from_db()
    assert contribution.email == ""
    assert contribution.contact_erased_at is not None
    story.refresh_from_db()
    assert story.live, "the published story stays; only the contact data goes"


def test_purge_erases_stories_never_confirmed_by_a_parent(submit, settings):
    submit(age="14", parent_name="Karima B.", parent_email=PARENT)
    contribution = Contribution.objects.get()
    Contribution.objects.update(created_at=timezone.now() - datetime.timedelta(days=400))
    assert erasure.purge() == 1
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.ERASED
    assert contribution.parent_email == ""
    assert contribution.story is None


def test_months_before_handles_month_ends():
    moment = datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC)
    assert erasure.months_before(moment, 1) == datetime.datetime(2026, 2, 28, 12, tzinfo=datetime.UTC)
    assert erasure.months_before(moment, 12) == datetime.datetime(2025, 3, 31, 12, tzinfo=datetime.UTC)
