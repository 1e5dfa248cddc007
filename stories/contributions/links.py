"""Private links of a contribution, absolute because e-mails carry them (often without a request)."""

from django.conf import settings

from portal.links import subpage_url


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
