"""The private withdrawal link: the story goes offline at once and the staff are told."""

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from stories.consent.models import Contribution
from stories.consent.publication import PublicationRefused

from .contribution_helpers import complete_as_moderator, latest_story

pytestmark = pytest.mark.django_db

CONTACT = "yasmine.contact@impact-jeunes.example"


@pytest.fixture
def withdraw(client, story_index, django_capture_on_commit_callbacks):
    def post(token):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"{story_index.url}raconter/retrait/{token}/")

    return post


def test_withdrawal_unpublishes_at_once_and_tells_editors(client, submit, moderator, editor, act, withdraw):
    submit()
    story = latest_story()
    complete_as_moderator(story, moderator)
    act(story, "approve")
    assert client.get(story.url).status_code == 200
    contribution = Contribution.objects.get()

    confirm_page = client.get(f"/histoires/raconter/retrait/{contribution.contributor_token}/")
    assert confirm_page.status_code == 200
    story.refresh_from_db()
    assert story.live, "a GET (e-mail link scanners) changes nothing"

    mail.outbox.clear()
    response = withdraw(contribution.contributor_token)
    assert response.status_code == 200
    story.refresh_from_db()
    assert not story.live
    assert client.get(f"/histoires/{story.slug}/").status_code == 404
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.WITHDRAWN
    assert contribution.withdrawn_at is not None
    assert all(consent.withdrawn_at for consent in contribution.consents.all())
    to_staff = [m for m in mail.outbox if editor.email in m.to]
    assert len(to_staff) == 1
    assert moderator.email in to_staff[0].to
    assert story.title in to_staff[0].subject
    assert [m for m in mail.outbox if m.to == [CONTACT]]


def test_withdrawal_during_moderation_cancels_the_workflow(submit, withdraw):
    submit()
    contribution = Contribution.objects.get()
    withdraw(contribution.contributor_token)
    state = WorkflowState.objects.get(object_id=str(contribution.story_id))
    assert state.status == WorkflowState.STATUS_CANCELLED


def test_parent_can_withdraw_with_their_own_link(submit, withdraw):
    submit(age="14", parent_name="Karima B.", parent_email="parent.yasmine@impact-jeunes.example")
    contribution = Contribution.objects.get()
    withdraw(contribution.parent_token)
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.WITHDRAWN


def test_unknown_token_is_not_found(client, story_index):
    assert client.get(f"{story_index.url}raconter/retrait/pas-un-jeton/").status_code == 404


def test_a_withdrawn_story_cannot_be_published_again(submit, withdraw, moderator):
    submit()
    contribution = Contribution.objects.get()
    withdraw(contribution.contributor_token)
    story = complete_as_moderator(contribution.story, moderator)
    with pytest.raises(PublicationRefused, match="retiré"):
        story.get_latest_revision().publish(user=moderator)
    story.refresh_from_db()
    assert not story.live
