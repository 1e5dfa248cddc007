"""Private links of a contribution, absolute because e-mails carry them (often without a request), and the
names of the moderators' admin pages that the e-mails link to (the admin defines them)."""

from django.conf import settings

from portal.links import subpage_url

ERASE_URL_NAME = "stories_contribution_erase"
RESTORE_URL_NAME = "stories_report_restore"
REPORTS_LIST_URL_NAME = "wagtailsnippets_stories_storyreport:list"


def _index(contribution):
    # The story's parent is the story index; a contribution whose story was deleted links to /histoires/.
    return contribution.story.get_parent().specific if contribution.story else None


def _url(contribution, route, token):
    index = _index(contribution)
    if index is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/histoires/"
    return subpage_url(index, route, args=[token])


def withdraw_url(contribution, parent=False):
    token = contribution.parent_token if parent else contribution.contributor_token
    return _url(contribution, "withdraw", token)


def parent_confirm_url(contribution):
    return _url(contribution, "parent_confirm", contribution.parent_token)
