"""Colleagues: an approved company account invites others by e-mail; the link creates their own account.

The invitation is a signed, time-limited link (no table): it names the company, the inviter and the
address. Following it proves the address, so the colleague's account is approved at once for the
same company page; it never gets `is_staff`. Any colleague of an approved company may invite.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from opportunities.company_space import accounts, emails
from opportunities.company_space.forms import CompanySignupForm
from opportunities.company_space.models import CompanyAccount, CompanyAccountStatus
from opportunities.company_space.permissions import approved_company_required
from partners_directory.models import PartnerPage
from portal import ratelimit
from portal.forms import HoneypotMixin

SALT = "company-space.colleague-invitation"
MAX_AGE = 7 * 24 * 3600
INVITE_RATE_LIMIT = (10, 3600)
TEMPLATES = "opportunities/company/"


def make_token(account, email):
    return signing.dumps(
        {"company": account.company_id, "by": account.user_id, "email": email}, salt=SALT, compress=True
    )


def read_token(token):
    """(company page, inviter, e-mail) of a valid invitation from an inviter still approved; else None."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    inviter = CompanyAccount.objects.filter(
        user_id=data["by"], company_id=data["company"], status=CompanyAccountStatus.APPROVED, user__is_active=True
    ).first()
    company = PartnerPage.objects.filter(pk=data["company"]).first()
    if inviter is None or company is None:
        return None
    return company, inviter, data["email"]


def colleagues_of(account):
    return CompanyAccount.objects.filter(company_id=account.company_id).select_related("user").order_by("created_at")


def invite(account, email, request=None):
    link = emails.space_url("accept_invitation", request, args=[make_token(account, email)])
    emails.send("invitation.txt", {"account": account, "link": link}, [email])


@transaction.atomic
def accept(company, inviter, email, data):
    account = accounts.create_account({**data, "email": email, "company_name": company.title, "siret": ""})
    account.status = CompanyAccountStatus.APPROVED
    account.company = company
    account.email_verified_at = account.reviewed_at = timezone.now()
    account.invited_by = inviter.user
    account.save(update_fields=["status", "company", "email_verified_at", "reviewed_at", "invited_by"])
    return account


def address_taken(email):
    return get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).exists()


class InviteForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label="Adresse e-mail de votre collègue",
        error_messages={
            "required": "Indiquez l'adresse de votre collègue.",
            "invalid": "Cette adresse n'a pas l'air complète (exemple : prenom.nom@entreprise.fr).",
        },
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class ColleagueForm(CompanySignupForm):
    """The account sign-up form, minus what the invitation already says (company, SIRET, address)."""

    def __init__(self, *args, email, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("company_name", "siret", "email"):
            del self.fields[name]
        self.email = email

    def clean(self):
        self.cleaned_data["email"] = self.email
        return super().clean()


@never_cache
@require_http_methods(["GET", "POST"])
@approved_company_required
def colleagues(request):
    account = request.company_account
    form = InviteForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if ratelimit.hit(request, "company-invite", *INVITE_RATE_LIMIT):
            status = 429
        elif form.is_valid():
            invite(account, form.cleaned_data["email"], request)
            messages.success(request, f"L'invitation est partie vers {form.cleaned_data['email']}.")
            return redirect("company_space:colleagues")
        else:
            status = 400
    context = {"account": account, "form": form, "colleagues": colleagues_of(account), "rate_limited": status == 429}
    response = render(request, TEMPLATES + "colleagues.html", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    found = read_token(token)
    context = {"valid": found is not None, "taken": False}
    status = 200 if found else 400
    if found:
        company, inviter, email = found
        context.update(company=company, inviter=inviter, email=email)
        form = ColleagueForm(request.POST or None, email=email)
        context["form"] = form
        if address_taken(email):
            context["taken"] = True
        elif request.method == "POST":
            if form.is_valid():
                accept(company, inviter, email, form.cleaned_data)
                messages.success(request, "Votre compte est prêt : connectez-vous avec votre adresse e-mail.")
                return redirect("company_space:login")
            status = 400
    response = render(request, TEMPLATES + "accept_invitation.html", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
