"""From a valid form to a private request, routed by e-mail to the boosters of its territory.

Under 15 (the French age of digital consent, as for stories) a parent agrees first: the request
waits, and reaches the booster only once the parent has said yes through the link e-mailed to them.
Without an active booster on the territory, the moderators receive it.
"""

from django.db import transaction
from django.utils import timezone

from neighbourhoods.boosters import Booster
from neighbourhoods.erasure import erase_contact
from neighbourhoods.help_requests import Channel, HelpRequest, new_token
from portal import groups, mail
from portal.links import admin_url, reverse_url
from stories.consent import wording
from stories.contributions.forms import PARENT_CONSENT_AGE

DETAIL_URL_NAME = "neighbourhoods_help_request"


def needs_parent(age):
    return age < PARENT_CONSENT_AGE


@transaction.atomic
def receive(cleaned):
    now = timezone.now()
    minor = needs_parent(cleaned["age"])
    channel = cleaned["channel"]
    help_request = HelpRequest.objects.create(
        territory=cleaned["territory"],
        first_name=cleaned["first_name"],
        age=cleaned["age"],
        looking_for=cleaned["looking_for"],
        channel=channel,
        # Only what the chosen way of reaching them needs, plus an e-mail given anyway.
        phone=cleaned["phone"] if channel != Channel.EMAIL else "",
        email=cleaned.get("email") or "",
        message=cleaned.get("message", "").strip(),
        parent_name=cleaned.get("parent_name", "") if minor else "",
        parent_email=cleaned.get("parent_email", "") if minor else "",
        parent_token=new_token() if minor else None,
        consent_version=wording.current_version(wording.HELP_CONTACT),
        consent_given_at=now,
        status=HelpRequest.Status.AWAITING_PARENT if minor else HelpRequest.Status.NEW,
        created_at=now,
    )
    if minor:
        mail.send(
            "neighbourhoods/emails/parent_request.txt",
            {"help_request": help_request, "agreement_url": parent_agreement_url(help_request)},
            [help_request.parent_email],
        )
    else:
        route(help_request)
    if help_request.email:
        mail.send(
            "neighbourhoods/emails/received.txt",
            {"help_request": help_request, "boosters": boosters_of(help_request), "awaiting_parent": minor},
            [help_request.email],
        )
    return help_request


def parent_agreement_url(help_request):
    return reverse_url("neighbourhoods:parent_agreement", args=[help_request.parent_token])


def boosters_of(help_request):
    return list(Booster.objects.active().filter(territory=help_request.territory_id).order_by("name"))


def recipients(help_request):
    """The territory's active boosters; the moderators when it has none."""
    boosters = [booster.email for booster in boosters_of(help_request)]
    return boosters or groups.member_emails(groups.MODERATORS)


def route(help_request):
    help_request.routed_at = timezone.now()
    help_request.save(update_fields=["routed_at"])
    mail.send(
        "neighbourhoods/emails/new_request.txt",
        {"help_request": help_request, "detail_url": admin_url(DETAIL_URL_NAME, args=[help_request.pk])},
        recipients(help_request),
    )


@transaction.atomic
def parent_agrees(help_request):
    help_request.parent_consent_version = wording.current_version(wording.PARENT_HELP_CONTACT)
    help_request.parent_consent_at = timezone.now()
    help_request.status = HelpRequest.Status.NEW
    help_request.save(update_fields=["parent_consent_version", "parent_consent_at", "status"])
    route(help_request)


@transaction.atomic
def parent_refuses(help_request):
    """Nothing reaches the booster; the young person's and the parent's data are erased at once."""
    help_request.status = HelpRequest.Status.CLOSED
    help_request.closed_at = timezone.now()
    help_request.save(update_fields=["status", "closed_at"])
    erase_contact(help_request)


def set_status(help_request, status, oriented_to=""):
    """The booster's follow-up: the status, who the young person was oriented to, and the dates it implies."""
    now = timezone.now()
    help_request.status = status
    help_request.oriented_to = oriented_to if status == HelpRequest.Status.ORIENTED else help_request.oriented_to
    if status in HelpRequest.PATHWAY_STATUSES and help_request.pathway_started_at is None:
        help_request.pathway_started_at = now
    help_request.closed_at = now if status == HelpRequest.Status.CLOSED else None
    help_request.save(update_fields=["status", "oriented_to", "pathway_started_at", "closed_at"])
