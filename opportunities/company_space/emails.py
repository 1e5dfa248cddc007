"""E-mails of the company space, in the sign-up engine's style: plain text, subject on the first line."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from opportunities.booking import absolute_url
from opportunities.company_space import tokens
from opportunities.company_space.workflow import MODERATORS_GROUP

logger = logging.getLogger(__name__)
TEMPLATES = "opportunities/company/emails/"


def send(template, context, recipients):
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return
    subject, _, body = render_to_string(TEMPLATES + template, context).strip().partition("\n")
    try:
        send_mail(subject.strip(), body.strip() + "\n", settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:
        # What the company did is saved either way; a mail server outage must not undo it.
        logger.exception("Could not send %s", template)


def space_url(name, request=None, args=()):
    return absolute_url(reverse(f"company_space:{name}", args=args), request)


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def moderator_addresses():
    users = get_user_model().objects.filter(Q(groups__name=MODERATORS_GROUP) | Q(is_superuser=True), is_active=True)
    return list(users.exclude(email="").values_list("email", flat=True).distinct())


def send_verification(account, request=None):
    link = space_url("verify_email", request, args=[tokens.make_token(account)])
    send("verify_email.txt", {"account": account, "link": link}, [account.email])


def notify_moderators_of_account(account):
    edit = reverse("wagtailsnippets_opportunities_companyaccount:edit", args=[account.pk])
    send("moderators_new_account.txt", {"account": account, "review_url": admin_url(edit)}, moderator_addresses())


def send_account_reviewed(account):
    template = "account_approved.txt" if account.is_approved else "account_refused.txt"
    send(template, {"account": account, "dashboard_url": space_url("dashboard")}, [account.email])


def send_offer_reviewed(page, user, approved, comment=""):
    context = {
        "offer": page,
        "approved": approved,
        "comment": comment,
        "offer_url": absolute_url(page.url or "/") if approved else "",
        "manage_url": space_url("offer_detail", args=[page.pk]),
    }
    send("offer_reviewed.txt", context, [user.email])
