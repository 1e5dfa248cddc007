"""When a story sent by a young person may go public: only as the approval of the "Modération des
histoires" workflow, and only while every consent it needs is given — whoever asks and by whatever path.

Two checks, on what every path goes through, refuse with the same French reason:
- `StoryPage.publish()`: each `revision.publish()` (workflow approval, bulk actions, scheduled publishing,
  management commands, a shell);
- `StoryPermissionTester` (`StoryPage.permissions_for_user`): the admin's "Publier" button and form, bulk
  actions and the admin API ask it before publishing; it also keeps contributed stories from being
  deleted (except by moderators), copied, or edited by other staff before the consents are in.
"""

from django.utils.functional import cached_property
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.models import PagePermissionTester

from portal import workflows
from stories.consent import wording
from stories.consent.models import MODERATE_PERMISSION, Contribution

# The only way a contributed story goes public: this workflow's approval (stories.contributions.workflow).
WORKFLOW_NAME = "Modération des histoires"

AWAITING_PARENT = "Un parent n'a pas encore donné son accord : cette histoire ne peut pas être publiée."
WITHDRAWN = "L'accord de publication a été retiré : cette histoire ne peut plus être publiée."
PHOTO_CONSENT = (
    "La photo n'a pas l'accord nécessaire (celui d'un parent pour un mineur) : retirez-la avant la publication."
)
ONLY_THROUGH_WORKFLOW = (
    "Une histoire envoyée par un jeune n'est publiée que par la relecture « Modération des histoires » : "
    "soumettez-la aux modérateurs, qui l'approuveront."
)
NOT_SCHEDULED = "Une histoire envoyée par un jeune est publiée quand un modérateur l'approuve, sans date programmée."


class PublicationRefused(PublishPagePermissionError):
    """A contributed story asked to go public outside its workflow or without its consents."""


def contribution_of(story):
    if story.pk is None:
        return None
    return Contribution.objects.filter(story_id=story.pk).first()


def missing_consent(contribution):
    """Why the consents of `contribution` do not allow publication (French), or None when they do."""

    if contribution.status == Contribution.Status.AWAITING_PARENT:
        return AWAITING_PARENT
    if contribution.status in (Contribution.Status.WITHDRAWN, Contribution.Status.ERASED):
        return WITHDRAWN
    given = {consent.kind for consent in contribution.consents.all() if consent.withdrawn_at is None}
    if wording.PUBLICATION not in given:
        return WITHDRAWN
    if contribution.age < 15 and (contribution.parent_confirmed_at is None or wording.PARENT_PUBLICATION not in given):
        return AWAITING_PARENT
    if contribution.photo_id is not None and (
        wording.IMAGE_RIGHTS not in given or (contribution.is_minor and wording.PARENT_IMAGE_RIGHTS not in given)
    ):
        return PHOTO_CONSENT
    return None


def refusal(story, contribution=None):
    """Why `story` may not be published now (French), or None. Stories written by the staff: always None."""
    contribution = contribution or contribution_of(story)
    if contribution is None:
        return None
    reason = missing_consent(contribution)
    if reason:
        return reason
    if not workflows.approving(story, WORKFLOW_NAME):
        return ONLY_THROUGH_WORKFLOW
    return None


def check(story, revision=None):
    """Raise PublicationRefused unless `story` may be published now."""
    reason = refusal(story)
    scheduled = revision is not None and revision.as_object().go_live_at
    if reason is None and scheduled and contribution_of(story) is not None:
        reason = NOT_SCHEDULED
    if reason:
        raise PublicationRefused(reason)


def approve_blocker(story):
    """What keeps a moderator from approving `story` now (French), or None."""
    contribution = contribution_of(story)
    return missing_consent(contribution) if contribution is not None else None


class StoryPermissionTester(PagePermissionTester):
    """Wagtail's page permissions, narrowed on the stories young people sent."""

    @cached_property
    def contribution(self):
        return contribution_of(self.page)

    @cached_property
    def moderates(self):
        return self.user.is_active and self.user.has_perm(MODERATE_PERMISSION)

    def can_edit(self):
        if self.contribution is not None and not self.moderates and missing_consent(self.contribution):
            # A minor's words and photo wait for a parent: only moderators open them.
            return False
        return super().can_edit()

    def can_publish(self):
        if not super().can_publish():
            return False
        return self.contribution is None or refusal(self.page, self.contribution) is None

    def can_submit_for_moderation(self):
        if self.contribution is not None and missing_consent(self.contribution):
            return False
        return super().can_submit_for_moderation()

    def can_delete(self, ignore_bulk=False):
        if self.contribution is not None and not self.moderates:
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

    def can_copy(self):
        # A copy would be a new page without the contribution: publishable outside moderation.
        return self.contribution is None and super().can_copy()
