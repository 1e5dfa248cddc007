"""Every e-mail of the contribution flow. Each one to a young person or a parent carries
their private withdrawal link. Templates: templates/stories/emails/<name>.txt, subject on
the first line; sent through portal.mail (after commit)."""

from django.conf import settings

from portal import groups, mail
from portal.links import admin_edit_url, admin_url
from stories.contributions import links


def _send(template, context, recipients):
    mail.send(f"stories/emails/{template}.txt", context, recipients)


def _send_each(template, contribution, context=None, include_parent=True):
    """One message per person, so that each one gets only their own private link."""
    base = {"contribution": contribution, **(context or {})}
    if contribution.email:
        _send(template, {**base, "withdraw_url": links.withdraw_url(contribution, parent=False)}, [contribution.email])
    if include_parent and contribution.parent_email and contribution.parent_token:
        parent_context = {**base, "to_parent": True, "withdraw_url": links.withdraw_url(contribution, parent=True)}
        _send(f"{template}", parent_context, [contribution.parent_email])


def staff_addresses(*group_names):
    return set(groups.member_emails(*group_names)) | set(settings.CONTRIBUTION_MODERATION_EMAILS)


def contribution_received(contribution):
    _send(
        "contribution_received",
        {"contribution": contribution, "withdraw_url": links.withdraw_url(contribution, parent=False)},
        [contribution.email],
    )


def parent_confirmation_request(contribution):
    _send(
        "parent_confirmation_request",
        {
            "contribution": contribution,
            "confirm_url": links.parent_confirm_url(contribution),
            "withdraw_url": links.withdraw_url(contribution, parent=True),
        },
        [contribution.parent_email],
    )


def notify_moderators_new(contribution):
    """Wagtail e-mails each moderator when the task starts; this tells the team's shared inbox, if any."""
    _send(
        "moderators_new_contribution",
        {
            "contribution": contribution,
            "admin_url": admin_edit_url(contribution.story),
            "missing": contribution.story.missing_before_publication(),
        },
        settings.CONTRIBUTION_MODERATION_EMAILS,
    )


def story_published(contribution):
    _send_each("story_published", contribution, {"story_url": contribution.story.get_full_url()})


def changes_requested(contribution, comment):
    _send_each("changes_requested", contribution, {"comment": comment}, include_parent=True)


def withdrawal_to_staff(contribution, story_title):
    _send(
        "staff_withdrawal",
        {
            "contribution": contribution,
            "story_title": story_title,
            "admin_url": admin_edit_url(contribution.story),
        },
        staff_addresses(*groups.STAFF_GROUPS),
    )


def withdrawal_confirmed(contribution):
    _send_each("withdrawal_confirmed", contribution)


def _report_context(story, **context):
    return {
        "story": story,
        "admin_url": admin_edit_url(story),
        "reports_url": admin_url(links.REPORTS_LIST_URL_NAME),
        **context,
    }


def report_received(story, report, reporters):
    """Every report reaches the moderators at once, whether or not the story goes offline."""
    _send(
        "staff_report_received",
        _report_context(story, report=report, reporters=reporters, threshold=settings.STORY_REPORTS_TO_UNPUBLISH),
        staff_addresses(groups.MODERATORS),
    )


def reports_threshold(story, reports, reporters):
    _send(
        "staff_reports_threshold",
        _report_context(
            story, reports=reports, reporters=reporters, restore_url=admin_url(links.RESTORE_URL_NAME, args=[story.pk])
        ),
        staff_addresses(groups.MODERATORS),
    )
