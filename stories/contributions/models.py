"""Records of the moderation of contributed stories: readers' reports and the moderators' review task.

Like the contributions themselves (stories.consent.models), never indexed by search nor exposed by an API.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.models import AbstractGroupApprovalTask

from stories.consent.publication import approve_blocker


class StoryReport(models.Model):
    class Reason(models.TextChoices):
        INAPPROPRIATE = "inapproprie", "Contenu inapproprié"
        PERSONAL_DATA = "donnees-personnelles", "Informations personnelles"
        NO_CONSENT = "pas-d-accord", "Pas d'accord pour être publié"
        OTHER = "autre", "Autre"

    class Status(models.TextChoices):
        OPEN = "ouvert", "À traiter"
        HANDLED = "traite", "Traité"

    story = models.ForeignKey("stories.StoryPage", on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField("motif", max_length=30, choices=Reason.choices)
    details = models.TextField("détails", max_length=1000, blank=True)
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField("signalé le", default=timezone.now)
    handled_at = models.DateTimeField("traité le", null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderator_note = models.TextField("note de modération", blank=True)
    # Keyed hashes of the reporter's browser session and address (stories/contributions/reports.py).
    reporter_session = models.CharField(max_length=32, blank=True, editable=False)
    reporter_address = models.CharField(max_length=32, blank=True, editable=False)

    class Meta:
        verbose_name = "signalement"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_reason_display()} — {self.story.title}"


class StoryReviewTask(AbstractGroupApprovalTask):
    """Approval by a group, offering "Approuver" only once the story can be published.

    A contributed story arrives without a profile (and maybe without an outcome, or with a photo
    without alt text): approving it as is would fail. Until the moderator has filled them in, in
    the editor or a saved draft, only "Demander des modifications" is offered.
    """

    class Meta:
        verbose_name = "relecture d'une histoire"
        verbose_name_plural = "relectures d'histoires"

    @classmethod
    def get_description(cls):
        return "Les membres des groupes choisis approuvent l'histoire, une fois parcours et image complétés."

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if ready_to_publish(obj) and approve_blocker(getattr(obj, "specific", obj)) is None:
            return actions
        return [action for action in actions if action[0] != "approve"]


def ready_to_publish(obj):
    """`obj` as the editor holds it, or else its latest saved draft, has everything publication needs."""
    obj = getattr(obj, "specific", obj)  # the admin's workflow views hand over a plain Page
    if not hasattr(obj, "missing_before_publication"):
        return True
    if not obj.missing_before_publication():
        return True
    draft = obj.get_latest_revision_as_object()
    return not draft.missing_before_publication()
