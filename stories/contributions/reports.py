"""Readers' reports on a published story.

Moderators are told of each report at once. A story goes offline by itself only when distinct
reporters agree: reports from the same browser session or the same address count as one reporter,
and only the open reports of the last `STORY_REPORTS_WINDOW_HOURS` count. Each automatic
unpublishing is written to Wagtail's audit log with the revision that was online, so that a
moderator can put it back with one action (`restore`).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from wagtail.log_actions import log
from wagtail.models import PageLogEntry, Revision

from portal import ratelimit, workflows
from stories.consent.publication import contribution_of
from stories.contributions import emails
from stories.contributions.models import StoryReport
from stories.contributions.workflow import WORKFLOW_NAME
from stories.story_page import StoryPage

UNPUBLISHED_ACTION = "stories.reports.unpublish"
RESTORED_ACTION = "stories.reports.restore"


@dataclass(frozen=True)
class Reporter:
    """Who reports, as keyed hashes: neither the session key nor the address is stored."""

    session: str
    address: str

    @classmethod
    def of(cls, request):
        if not request.session.session_key:
            request.session.save()
        session = salted_hmac("story-report-session", request.session.session_key).hexdigest()[:32]
        address = salted_hmac("story-report-address", ratelimit.client_address(request)).hexdigest()[:32]
        return cls(session, address)


def distinct_reporters(reports):
    """How many people these reports come from: reports sharing a session or an address are one person."""
    parent = list(range(len(reports)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_seen = {}
    for i, report in enumerate(reports):
        for key in (("s", report.reporter_session), ("a", report.reporter_address)):
            if not key[1]:
                continue
            if key in first_seen:
                parent[root(i)] = root(first_seen[key])
            else:
                first_seen[key] = i
    return len({root(i) for i in range(len(reports))})


def already_reported(story, reporter):
    return story.reports.filter(status=StoryReport.Status.OPEN, reporter_session=reporter.session).exists()


@transaction.atomic
def file_report(story, reason, details, reporter):
    """Record a report (one open report per reporter and story) and decide whether the story waits offline.

    Returns the report, or None when this reporter had already reported the story.
    """
    # Lock the story so that simultaneous reports count each other.
    story = StoryPage.objects.select_for_update().get(pk=story.pk)
    if already_reported(story, reporter):
        return None
    report = StoryReport.objects.create(
        story=story,
        reason=reason,
        details=details,
        reporter_session=reporter.session,
        reporter_address=reporter.address,
    )
    since = timezone.now() - timedelta(hours=settings.STORY_REPORTS_WINDOW_HOURS)
    recent = list(story.reports.filter(status=StoryReport.Status.OPEN, created_at__gte=since))
    reporters = distinct_reporters(recent)
    emails.report_received(story, report, reporters)
    if story.live and reporters >= settings.STORY_REPORTS_TO_UNPUBLISH:
        unpublish_after_reports(story, recent, reporters)
    return report


def unpublish_after_reports(story, reports, reporters):
    # A page published without revisions (imported, or built in bulk) gets one, so that it can come back.
    revision_id = story.live_revision_id or story.save_revision(clean=False, log_action=False).pk
    story.unpublish(log_action=True)
    log(
        instance=story,
        action=UNPUBLISHED_ACTION,
        data={"reporters": reporters, "reports": [report.pk for report in reports], "revision_id": revision_id},
    )
    emails.reports_threshold(story, reports, reporters)


def restorable_revision(story):
    """The revision that was online when reports took `story` offline, if it is still offline."""
    if story.live:
        return None
    entry = PageLogEntry.objects.filter(page=story, action=UNPUBLISHED_ACTION).order_by("-timestamp", "-pk").first()
    if entry is None:
        return None
    return Revision.page_revisions.filter(pk=entry.data.get("revision_id"), object_id=str(story.pk)).first()


class NothingToRestore(Exception):
    pass


@transaction.atomic
def restore(story, user, note=""):
    """The moderator's one action: the reports are handled and the story is online again as it was.

    A contributed story goes back only with its consents (PublicationRefused otherwise).
    """
    story = StoryPage.objects.select_for_update().get(pk=story.pk)
    revision = restorable_revision(story)
    if revision is None:
        raise NothingToRestore
    if contribution_of(story) is not None:
        # The revision the moderators approved, put back by a moderator: the workflow's approval still holds.
        with workflows.approved_publication(story, WORKFLOW_NAME):
            revision.publish(user=user)
    else:
        revision.publish(user=user)
    handled = story.reports.filter(status=StoryReport.Status.OPEN)
    count = handled.update(
        status=StoryReport.Status.HANDLED, handled_at=timezone.now(), handled_by=user, moderator_note=note
    )
    log(instance=story, action=RESTORED_ACTION, user=user, data={"reports": count})
    return count
