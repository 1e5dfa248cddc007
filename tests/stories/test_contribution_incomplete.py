"""A contributed story reaches moderators without a profile: "Approuver" waits until it is complete."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail

from stories.contributions.models import StoryReviewTask

from .contribution_helpers import complete_as_moderator, latest_story, photo_upload, task_state_of

pytestmark = pytest.mark.django_db


def action_names(story, user):
    return [name for name, _label, _modal in task_state_of(story).task.specific.get_actions(story, user)]


def test_incomplete_story_cannot_be_approved_until_the_moderator_completes_it(client, submit, act, moderator):
    submit()
    story = latest_story()
    assert isinstance(task_state_of(story).task.specific, StoryReviewTask)
    assert story.missing_before_publication() == ["le parcours"]
    assert action_names(story, moderator) == ["reject"]

    refused = act(story, "approve")  # the admin refuses an action it does not offer, and sends back home
    assert refused.status_code == 302
    story.refresh_from_db()
    assert not story.live

    complete_as_moderator(story, moderator)
    story.refresh_from_db()
    assert "approve" in action_names(story, moderator)
    assert act(story, "approve").status_code == 302
    story.refresh_from_db()
    assert story.live


def test_values_typed_in_the_editor_count_before_they_are_saved(submit, moderator):
    submit()
    story = latest_story()
    story.profile = "conquerant"  # what the edit form holds when the moderator clicks "Approuver"
    assert "approve" in action_names(story, moderator)
    assert action_names(story, AnonymousUser()) == []


def test_photo_needs_its_alt_text_before_approval(submit, moderator):
    submit(photo=photo_upload(), consent_image="on")
    story = latest_story()
    story.profile = "determine"
    assert story.missing_before_publication() == ["le texte alternatif de l'image"]
    assert "approve" not in action_names(story, moderator)


def test_moderators_are_told_what_to_complete(submit, settings):
    settings.CONTRIBUTION_MODERATION_EMAILS = ["moderation@impact-jeunes.example"]
    submit()
    to_team = [message for message in mail.outbox if message.to == ["moderation@impact-jeunes.example"]]
    assert len(to_team) == 1
    assert "enregistrez le brouillon : le parcours." in to_team[0].body
