"""Absolute URLs put in e-mails (there is no request when a moderator's decision sends them)."""

from django.conf import settings
from django.urls import reverse


def _index_url(contribution):
    from stories.models import StoryIndexPage

    index = contribution.story.get_parent() if contribution.story else StoryIndexPage.objects.first()
    return index.get_full_url() if index else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/histoires/"


def withdraw_url(contribution, parent=False):
    token = contribution.parent_token if parent else contribution.contributor_token
    return f"{_index_url(contribution)}raconter/retrait/{token}/"


def parent_confirm_url(contribution):
    return f"{_index_url(contribution)}raconter/parent/{contribution.parent_token}/"


def admin_edit_url(page):
    if page is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])
