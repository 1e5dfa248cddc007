"""Moderation workflows: one approval task for the Modérateurs, assigned to the page whose children it reviews.

Data migrations create each workflow on existing databases; `ensure_moderation_workflow` recreates
what is missing (a fresh demo site creates its index pages after the migrations ran).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from portal import groups


@transaction.atomic
def ensure_moderation_workflow(workflow_name, task_name, *, page=None, task_model=GroupApprovalTask):
    """Get or create the active workflow and its task for the Modérateurs; assign it to `page` if unassigned."""
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
