"""The moderators' decisions, heard on Wagtail's workflow signals, reach the young person by e-mail."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.signals import page_published, workflow_approved, workflow_rejected

from stories.consent.models import Contribution
from stories.contributions import emails, erasure
from stories.story_page import StoryPage


def _contribution_of(workflow_state):
    return Contribution.objects.filter(story_id=workflow_state.object_id).select_related("story").first()


@receiver(workflow_approved, sender=WorkflowState, dispatch_uid="story_contribution_approved")
def story_approved(sender, instance, user=None, **kwargs):
    contribution = _contribution_of(instance)
    if contribution is None or contribution.status in (Contribution.Status.WITHDRAWN, Contribution.Status.ERASED):
        return
    contribution.status = Contribution.Status.PUBLISHED
    contribution.decided_at = timezone.now()
    contribution.save(update_fields=["status", "decided_at"])
    emails.story_published(contribution)


@receiver(workflow_rejected, sender=WorkflowState, dispatch_uid="story_contribution_changes_requested")
def story_changes_requested(sender, instance, user=None, **kwargs):
    contribution = _contribution_of(instance)
    if contribution is None:
        return
    comment = instance.current_task_state.comment if instance.current_task_state else ""
    contribution.status = Contribution.Status.CHANGES_REQUESTED
    contribution.decided_at = timezone.now()
    contribution.save(update_fields=["status", "decided_at"])
    emails.changes_requested(contribution, comment)


@receiver(page_published, sender=StoryPage, dispatch_uid="story_contribution_stays_withdrawn")
def keep_withdrawn_stories_offline(sender, instance, **kwargs):
    """A withdrawn consent is final: publishing the story again by mistake takes it straight back offline."""
    if Contribution.objects.filter(story=instance, status=Contribution.Status.WITHDRAWN).exists():
        instance.unpublish(log_action=True)


@receiver(pre_delete, sender=StoryPage, dispatch_uid="story_contribution_erased_with_its_story")
def erase_contribution_with_its_story(sender, instance, **kwargs):
    """A deleted story leaves no orphan record: its contributor's photo, name and contact data go with it."""
    contribution = Contribution.objects.filter(story_id=instance.pk).exclude(status=Contribution.Status.ERASED).first()
    if contribution is not None:
        erasure.erase_record(contribution)
