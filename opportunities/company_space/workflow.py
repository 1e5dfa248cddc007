"""The "Modération des offres" workflow: one group-approval task for the Modérateurs, on /offres/.

Created by a data migration, recreated when missing by portal.workflows.
"""

from wagtail.models import WorkflowState

from portal import workflows

WORKFLOW_NAME = "Modération des offres"
TASK_NAME = "Validation par les modérateurs"


def ensure_moderation_workflow(offer_index=None):
    return workflows.ensure_moderation_workflow(WORKFLOW_NAME, TASK_NAME, page=offer_index)


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
