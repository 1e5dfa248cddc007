"""Moderation workflows: one approval task for the Modérateurs, assigned to the page whose children it reviews.

Data migrations create each workflow on existing databases; `ensure_moderation_workflow` recreates
what is missing (a fresh demo site creates its index pages after the migrations ran).

`publish_workflow_state` is Wagtail's WAGTAIL_FINISH_WORKFLOW_ACTION: it publishes as Wagtail does,
and lets a model know that this publication is the approval of a named workflow (`approving`).
A model whose content must only go public through its workflow checks that in `publish()`.
Wagtail imports this module while its own models load: wagtail.models is imported inside functions.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

from portal import groups

# (object id, workflow name) of the publication being approved right now, in this thread or task.
_approved_publication = ContextVar("approved_publication", default=None)


@transaction.atomic
def ensure_moderation_workflow(workflow_name, task_name, *, page=None, task_model=None):
    """Get or create the active workflow and its task for the Modérateurs; assign it to `page` if unassigned."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    task_model = task_model or GroupApprovalTask
    workflow, _ = Workflow.objects.get_or_create(name=workflow_name, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = task_model.objects.filter(name=task_name).first() or task_model.objects.create(name=task_name)
    task.groups.add(Group.objects.get_or_create(name=groups.MODERATORS)[0])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if page is not None:
        # Its own assignment, so that the children do not inherit the site's default workflow.
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


@contextmanager
def approved_publication(obj, workflow_name):
    """Publications of `obj` inside this block carry the approval of the workflow `workflow_name`."""
    token = _approved_publication.set((str(obj.pk), workflow_name))
    try:
        yield
    finally:
        _approved_publication.reset(token)


def approving(obj, workflow_name):
    """True while `obj` is being published as the approval of the workflow `workflow_name`."""
    return _approved_publication.get() == (str(obj.pk), workflow_name)


def publish_workflow_state(workflow_state, user=None):
    """Wagtail's action at the end of an approved workflow, marked as that workflow's approval."""
    from wagtail.workflows import publish_workflow_state as wagtail_publish

    obj = workflow_state.content_object
    with approved_publication(obj, workflow_state.workflow.name):
        wagtail_publish(workflow_state, user=user)
