"""Company accounts: sign-up, e-mail verification and staff review."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from wagtail.users.models import UserProfile

from opportunities.company_space import emails, tokens
from opportunities.company_space.models import CompanyAccount, CompanyAccountStatus
from partners_directory.models import PartnerIndexPage, PartnerKind, PartnerPage

# Wagtail's own workflow e-mails link to /admin/, which company people never enter:
# the company space sends them French e-mails of its own instead.
WAGTAIL_NOTIFICATIONS_OFF = {
    "submitted_notifications": False,
    "approved_notifications": False,
    "rejected_notifications": False,
    "updated_comments_notifications": False,
}


def sign_up(data, request=None):
    """A new account and its verification e-mail; or, when the address already has an account, an e-mail
    to its owner instead. The visitor sees the same page either way: the form never says who has an account.
    """
    email = data["email"]
    existing = get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).first()
    if existing is not None:
        emails.send_account_exists(existing, request)
        return None
    account = create_account(data)
    emails.send_verification(account, request)
    return account


@transaction.atomic
def create_account(data):
    """A new user (never staff) and its pending company account, from CompanySignupForm's data."""
    user = get_user_model().objects.create_user(
        username=data["email"],
        email=data["email"],
        password=data["password1"],
        first_name=data["contact_name"][:150],
        is_staff=False,
    )
    profile = UserProfile.get_for_user(user)
    for field, value in WAGTAIL_NOTIFICATIONS_OFF.items():
        setattr(profile, field, value)
    profile.save()
    return CompanyAccount.objects.create(
        user=user,
        company_name=data["company_name"],
        siret=data.get("siret", ""),
        contact_name=data["contact_name"],
        phone=data.get("phone", ""),
    )


def verify_email(token):
    """The account whose address the link proves, or None if the link is wrong, expired or outdated.

    The first verification tells the moderators that an account waits for them.
    """
    try:
        account_id, email = tokens.read_token(token)
    except signing.BadSignature:
        return None
    account = CompanyAccount.objects.select_related("user").filter(pk=account_id).first()
    if account is None or account.user.email != email:
        return None
    if account.email_verified_at is None:
        account.email_verified_at = timezone.now()
        account.save(update_fields=["email_verified_at"])
        emails.notify_moderators_of_account(account)
    return account


def draft_partner_page(account):
    """A draft partner page of kind "entreprise" built from the account, for staff to complete and publish."""
    index = PartnerIndexPage.objects.first()
    if index is None:
        raise ValueError("Il faut d'abord créer la carte des partenaires.")
    base = slugify(account.company_name)[:70] or "entreprise"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    page = PartnerPage(
        title=account.company_name,
        slug=slug,
        kind=PartnerKind.COMPANY,
        phone=account.phone,
        email=account.user.email,
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision()
    return page


@transaction.atomic
def record_join_request(account, data):
    """What the company would offer, and its draft company page, made now so the moderators find both."""
    account.offered_formats = list(data.get("offered_formats") or [])
    account.offer_message = (data.get("offer_message") or "").strip()
    if account.company_id is None and PartnerIndexPage.objects.exists():
        account.company = draft_partner_page(account)
    account.save(update_fields=["offered_formats", "offer_message", "company"])


def record_review(account, previous_status):
    """After staff changed an account: date the decision and tell the company, once per decision."""
    if account.status == previous_status or account.status == CompanyAccountStatus.PENDING:
        return
    account.reviewed_at = timezone.now()
    account.save(update_fields=["reviewed_at"])
    emails.send_account_reviewed(account)
