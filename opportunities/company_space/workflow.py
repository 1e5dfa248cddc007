"""The "Modération des offres" workflow: one group-approval task for the Modérateurs, on /offres/.

A data migration creates it on existing databases; `ensure_moderation_workflow` recreates
what is missing (a fresh demo site creates the offer index after the migrations ran).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowState, WorkflowTask

WORKFLOW_NAME = "Modération des offres"
TASK_NAME = "Validation par les modérateurs"
MODERATORS_GROUP = "Modérateurs"


@transaction.atomic
def ensure_moderation_workflow(offer_index=None):
    """Get or create the workflow and its task; assign it to `offer_index` if given and unassigned."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if offer_index is not None and not WorkflowPage.objects.filter(page=offer_index).exists():
        WorkflowPage.objects.create(page=offer_index, workflow=workflow)
    return workflow


def submit_for_moderation(page, user):
    """(Re)start moderation of the page's latest revision; an older submission still in review is replaced.

    The offer index gets "Modération des offres" unless an editor gave it a workflow of its own:
    the site-wide default workflow inherited from the root does not know the Modérateurs.
    """
    current = page.current_workflow_state
    if current is not None:
        current.cancel(user=user)
    ensure_moderation_workflow(page.get_parent())
    return page.get_workflow().start(page, user)


def awaiting_moderation(page):
    state = page.current_workflow_state
    return state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
