"""The moderation workflow of contributed stories and what happens when moderators decide."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Modération des histoires"
TASK_NAME = "Relecture par les modérateurs"
MODERATORS_GROUP = "Modérateurs"


def story_workflow(index_page=None):
    """The workflow (created if the migration ran before it could), assigned to the story index."""
    from stories.contributions.models import StoryReviewTask

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.workflow_tasks.exists():
        task = StoryReviewTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = StoryReviewTask.objects.create(name=TASK_NAME)
        task.groups.add(Group.objects.get_or_create(name=MODERATORS_GROUP)[0])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if index_page is not None:
        # Its own assignment, so that stories do not inherit the site's default workflow.
        WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def submit(contribution, notify=True):
    """Send the contribution's draft story to the moderators."""
    from stories.contributions import emails
    from stories.contributions.models import Contribution

    story = contribution.story
    workflow = story_workflow(story.get_parent())
    revision = story.latest_revision or story.save_revision(clean=False)
    workflow.start(story, user=None)
    contribution.status = Contribution.Status.IN_MODERATION
    contribution.submitted_at = timezone.now()
    contribution.save(update_fields=["status", "submitted_at"])
    if notify:
        transaction.on_commit(lambda: emails.notify_moderators_new(contribution))
    return revision
