from django.contrib import messages
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from stories.consent import publication
from stories.contributions import reports
from stories.contributions.admin import ModerationGroup, admin_urls
from stories.contributions.photos import ContributedPhotoPolicy
from stories.contributions.reuse_admin import image_library_urls
from stories.story_page import StoryPage

# For the exact class: wagtail.images registers its own policy (for subclasses too) in its ready(),
# which may run after this module is imported; an exact-class policy wins whatever the order.
register_permission_policy(get_image_model(), ContributedPhotoPolicy.create(), exact_class=True)

register_snippet(ModerationGroup)


@hooks.register("register_admin_urls")
def register_contribution_admin_urls():
    return admin_urls() + image_library_urls()


@hooks.register("after_edit_page")
def explain_refused_publication(request, page):
    """ "Publier" on a contributed story saved a draft instead (the button is refused): say why, in French."""
    if not request.POST.get("action-publish"):
        return
    specific = page.specific
    reason = publication.refusal(specific) if isinstance(specific, StoryPage) else None
    if reason:
        messages.error(request, f"Pas de publication : {reason} Vos modifications sont enregistrées en brouillon.")


@hooks.register("register_log_actions")
def register_report_log_actions(actions):
    actions.register_action(
        reports.UNPUBLISHED_ACTION,
        "Dépubliée après des signalements",
        "Dépubliée automatiquement après des signalements",
    )
    actions.register_action(
        reports.RESTORED_ACTION, "Remise en ligne après signalements", "Remise en ligne : signalements jugés infondés"
    )
