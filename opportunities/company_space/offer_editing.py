"""Offers written in the company space: every save is a revision sent to moderation.

A live offer keeps its published version until a moderator approves the new one.
Closing an offer and cancelling a session need no review: they act on the live
page at once, and on the latest draft too, so a later approval does not undo them.
"""

import html
import re

from django.db import transaction
from django.utils.html import linebreaks
from django.utils.text import slugify

from opportunities.company_space.workflow import submit_for_moderation
from opportunities.offers.index_page import OfferIndexPage
from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage
from opportunities.signups import booking

OFFER_FIELDS = [
    "title",
    "offer_type",
    "audience",
    "sector",
    "summary",
    "what_to_bring",
    "accessibility",
    "contact",
    "notification_email",
    "address",
    "postcode",
    "commune",
]
# Emploi, alternance and parrainage only: blank for the other types.
DETAIL_FIELDS = ["contract_type", "contract_length", "commitment", "rhythm"]
SESSION_FIELDS = ["date", "end_date", "start_time", "end_time", "seats"]


def text_to_html(text):
    """Plain paragraphs as Wagtail rich text: escaped, blank line between paragraphs."""
    return linebreaks(text.strip(), autoescape=True)


def html_to_text(value):
    text = re.sub(r"<br\s*/?>", "\n", value or "")
    text = re.sub(r"</p>\s*", "\n\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def initial_offer_data(draft):
    data = {field: getattr(draft, field) for field in OFFER_FIELDS + DETAIL_FIELDS}
    data["description"] = html_to_text(draft.description)
    return data


def draft_sessions(draft):
    """The draft's sessions, those already saved carrying their live seat counts."""
    sessions = list(draft.sessions.all())
    counted = OfferSession.objects.filter(pk__in=[s.pk for s in sessions if s.pk]).with_seats_taken()
    counts = {session.pk: session for session in counted}
    for session in sessions:
        live = counts.get(session.pk)
        session.confirmed_signups = live.confirmed_signups if live else 0
        session.waiting_signups = live.waiting_signups if live else 0
    return sorted(sessions, key=lambda session: (session.date, session.start_time))


def initial_session_data(sessions):
    return [{"id": session.pk, **{field: getattr(session, field) for field in SESSION_FIELDS}} for session in sessions]


def _apply(page, offer_data, kept_sessions):
    for field in OFFER_FIELDS:
        setattr(page, field, offer_data[field])
    for field in DETAIL_FIELDS:
        setattr(page, field, offer_data.get(field, ""))
    page.description = text_to_html(offer_data["description"])
    if not offer_data["address"]:
        page.address = page.postcode = page.commune = ""
        page.latitude = page.longitude = None
        page.default_place()
    sessions = []
    for existing, data in kept_sessions:
        session = existing or OfferSession()
        for field in SESSION_FIELDS:
            setattr(session, field, data.get(field))  # "end_date" is optional
        sessions.append(session)
    page.sessions = sessions


def _unique_slug(index, title):
    base = slugify(title)[:70] or "offre"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def create_offer(account, user, offer_data, kept_sessions):
    index = OfferIndexPage.objects.first()
    page = OfferPage(company=account.company, owner=user, live=False, has_unpublished_changes=True)
    _apply(page, offer_data, kept_sessions)
    page.slug = _unique_slug(index, page.title)
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    submit_for_moderation(page, user)
    return page


@transaction.atomic
def update_offer(page, user, offer_data, kept_sessions):
    draft = page.get_latest_revision_as_object()
    _apply(draft, offer_data, kept_sessions)
    if not page.live:
        # Not public: the page row itself may follow the draft, so the dashboard shows it as written.
        draft.save()
    draft.save_revision(user=user, log_action=True)
    submit_for_moderation(draft, user)
    return draft


def _patch_latest_revision(page, change):
    page.refresh_from_db(fields=["has_unpublished_changes", "latest_revision"])
    revision = page.latest_revision
    if page.has_unpublished_changes and revision is not None:
        change(revision.content)
        revision.save(update_fields=["content"])


@transaction.atomic
def close_offer(page):
    """Stop sign-ups: the offer leaves the listing; its page stays for those already signed up."""
    page.signups_closed = True
    page.save(update_fields=["signups_closed"], clean=False)

    def close(content):
        content["signups_closed"] = True

    _patch_latest_revision(page, close)


@transaction.atomic
def reopen_offer(page):
    """Take sign-ups again: the offer is back in the listing as long as it has a date to come."""
    page.signups_closed = False
    page.save(update_fields=["signups_closed"], clean=False)

    def reopen(content):
        content["signups_closed"] = False

    _patch_latest_revision(page, reopen)


def can_withdraw(page):
    """Only an offer that was never public may be withdrawn: nobody can have signed up for it."""
    return not page.live and page.first_published_at is None


@transaction.atomic
def withdraw_draft(page, user):
    """Delete a never-published offer, its moderation stopped first (the moderators no longer see it)."""
    if not can_withdraw(page):
        raise ValueError("Only an offer that was never published can be withdrawn.")
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    page.delete()


def cancel_session(session, request=None):
    """Cancel a date: every person signed up (confirmed or waiting) loses the seat and gets the engine's e-mail.

    Returns those people, so the company can phone the ones who left no e-mail address.
    """
    with transaction.atomic():
        locked = OfferSession.objects.select_for_update(of=("self",)).select_related("page").get(pk=session.pk)
        if locked.cancelled:
            return []
        locked.cancelled = True
        locked.save(update_fields=["cancelled"])

        def cancel(content):
            for data in content.get("sessions", []):
                if data.get("pk") == locked.pk:
                    data["cancelled"] = True

        _patch_latest_revision(locked.page, cancel)
    return booking.cancel_slot(locked, request)
