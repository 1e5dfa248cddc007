"""Readers' reports on a published story: past a threshold of open reports, the story waits offline for review."""

from django.conf import settings
from django.db import transaction

from stories.contributions import emails
from stories.contributions.models import StoryReport
from stories.story_page import StoryPage


@transaction.atomic
def file_report(story, reason, details=""):
    # Lock the story so that simultaneous reports count each other.
    story = StoryPage.objects.select_for_update().get(pk=story.pk)
    report = StoryReport.objects.create(story=story, reason=reason, details=details)
    open_reports = list(story.reports.filter(status=StoryReport.Status.OPEN))
    if story.live and len(open_reports) >= settings.STORY_REPORTS_TO_UNPUBLISH:
        story.unpublish(log_action=True)
        emails.reports_threshold(story, open_reports)
    return report
