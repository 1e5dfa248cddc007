"""The moderation workflow of contributed stories and what happens when moderators decide."""

from django.db import transaction
from django.utils import timezone

from portal import workflows
from stories.consent.models import Contribution
from stories.consent.publication import WORKFLOW_NAME
from stories.contributions import emails
from stories.contributions.models import StoryReviewTask

TASK_NAME = "Relecture par les modérateurs"


def story_workflow(index_page=None):
    """The workflow (created if the migration ran before it could), assigned to the story index."""
    return workflows.ensure_moderation_workflow(WORKFLOW_NAME, TASK_NAME, page=index_page, task_model=StoryReviewTask)


@transaction.atomic
def submit(contribution, notify=True):
    """Send the contribution's draft story to the moderators."""
    story = contribution.story
    workflow = story_workflow(story.get_parent())
    revision = story.latest_revision or story.save_revision(clean=False)
    workflow.start(story, user=None)
    contribution.status = Contribution.Status.IN_MODERATION
    contribution.submitted_at = timezone.now()
    contribution.save(update_fields=["status", "submitted_at"])
    if notify:
        emails.notify_moderators_new(contribution)
    return revision
