"""Who may do what in the company space: an approved account, on its own company's offers only."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse

from opportunities.company_space.models import CompanyAccount
from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage


def company_account_of(user):
    if not user.is_authenticated:
        return None
    try:
        return CompanyAccount.objects.select_related("user", "company").get(user=user)
    except CompanyAccount.DoesNotExist:
        return None


def company_account_required(view):
    """Anonymous: to the log-in page. Not a company account: 403. Sets `request.company_account`."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("company_space:login"))
        account = company_account_of(request.user)
        if account is None:
            raise PermissionDenied("Cet espace est réservé aux comptes entreprises.")
        request.company_account = account
        return view(request, *args, **kwargs)

    return wrapped


def approved_company_required(view):
    """As company_account_required, and the account must be approved: otherwise the waiting page."""

    @company_account_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.company_account.is_approved:
            return redirect("company_space:pending")
        return view(request, *args, **kwargs)

    return wrapped


def own_offer_or_404(account, pk):
    """Another company's offer is answered as if it did not exist."""
    offer = OfferPage.objects.filter(pk=pk, company_id=account.company_id).select_related("company").first()
    if offer is None:
        raise Http404("Offre introuvable.")
    return offer


def own_session_or_404(account, pk):
    session = (
        OfferSession.objects.with_seats_taken()
        .filter(pk=pk, page__company_id=account.company_id)
        .select_related("page", "page__company")
        .first()
    )
    if session is None:
        raise Http404("Date introuvable.")
    return session
