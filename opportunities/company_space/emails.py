"""E-mails of the company space, in the sign-up engine's style: plain text, subject on the first line."""

from opportunities.company_space import tokens
from portal import groups, mail
from portal.links import absolute_url, admin_url, reverse_url

TEMPLATES = "opportunities/company/emails/"


def send(template, context, recipients):
    mail.send(TEMPLATES + template, context, recipients)


def space_url(name, request=None, args=()):
    return reverse_url(f"company_space:{name}", args=args, request=request)


def moderator_addresses():
    return groups.member_emails(groups.MODERATORS, include_superusers=True)


def send_verification(account, request=None):
    link = space_url("verify_email", request, args=[tokens.make_token(account)])
    send("verify_email.txt", {"account": account, "link": link}, [account.email])


def send_account_exists(user, request=None):
    context = {"login_url": space_url("login", request), "reset_url": space_url("password_reset", request)}
    send("account_exists.txt", context, [user.email])


def notify_moderators_of_account(account):
    review_url = admin_url("wagtailsnippets_opportunities_companyaccount:edit", args=[account.pk])
    send("moderators_new_account.txt", {"account": account, "review_url": review_url}, moderator_addresses())


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
