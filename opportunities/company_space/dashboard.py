"""The company's offers for its dashboard, sorted into what needs attention, in a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, WorkflowState

from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage


@dataclass
class OfferRow:
    offer: OfferPage
    sessions: list = field(default_factory=list)
    workflow_state: WorkflowState | None = None

    @property
    def in_review(self):
        return self.workflow_state is not None and self.workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    @property
    def needs_changes(self):
        return self.workflow_state is not None and self.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    @property
    def review_comment(self):
        task_state = self.workflow_state.current_task_state if self.needs_changes else None
        return task_state.comment if task_state else ""

    @property
    def signup_count(self):
        return sum(session.seats_taken for session in self.sessions)

    @property
    def waiting_count(self):
        return sum(session.waiting_count for session in self.sessions)


@dataclass
class Dashboard:
    live: list = field(default_factory=list)
    in_review: list = field(default_factory=list)
    drafts: list = field(default_factory=list)
    closed: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not (self.live or self.in_review or self.drafts or self.closed)


def company_dashboard(company):
    offers = list(OfferPage.objects.filter(company=company).order_by("-latest_revision_created_at", "-pk"))
    sessions = defaultdict(list)
    for session in OfferSession.objects.filter(page__in=[offer.pk for offer in offers]).with_seats_taken():
        sessions[session.page_id].append(session)
    states = {
        state.object_id: state
        for state in WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .filter(object_id__in=[str(offer.pk) for offer in offers])
        .select_related("current_task_state")
    }
    board = Dashboard()
    for offer in offers:
        row = OfferRow(offer, sessions[offer.pk], states.get(str(offer.pk)))
        for session in row.sessions:
            session.page = offer
        if offer.live and offer.signups_closed:
            board.closed.append(row)
        elif offer.live:
            board.live.append(row)
        elif row.in_review:
            board.in_review.append(row)
        else:
            board.drafts.append(row)
    return board
