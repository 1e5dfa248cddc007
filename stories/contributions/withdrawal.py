"""Withdrawing consent from the private link: the story goes offline at once and the staff are told."""

from django.db import transaction
from django.utils import timezone

from stories.consent.models import Contribution
from stories.contributions import emails


def contribution_for_token(token):
    return (
        Contribution.objects.filter(contributor_token=token).first()
        or Contribution.objects.filter(parent_token=token).first()
    )


@transaction.atomic
def withdraw(contribution):
    now = timezone.now()
    story = contribution.story
    title = story.title if story else ""
    if story is not None:
        workflow_state = story.current_workflow_state
        if workflow_state is not None:
            workflow_state.cancel(user=None)
        if story.live:
            story.unpublish(log_action=True)
    contribution.consents.filter(withdrawn_at=None).update(withdrawn_at=now)
    contribution.status = Contribution.Status.WITHDRAWN
    contribution.withdrawn_at = now
    contribution.decided_at = contribution.decided_at or now
    contribution.save(update_fields=["status", "withdrawn_at", "decided_at"])
    emails.withdrawal_to_staff(contribution, title)
    emails.withdrawal_confirmed(contribution)
