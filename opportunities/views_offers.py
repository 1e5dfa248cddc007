"""The offer listing and the sign-up for one session of an offer."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from opportunities import booking
from opportunities.forms_signup import SignUpForm
from opportunities.models import Audience, OfferSession, SignUp
from opportunities.offer_listing import OfferFilterForm, communes_with_offers, listed_offers
from portal import ratelimit

OFFERS_PER_PAGE = 12
SIGNUP_RATE_LIMIT = (10, 3600)  # sign-ups per hour and per address: a class signing up together still fits
SESSION_KEY = "offer_signup"


def offer_listing(request, index_page):
    filter_form = OfferFilterForm(request.GET or None, communes=communes_with_offers())
    filters = filter_form.valid_filters() if request.GET else {}
    paginator = Paginator(listed_offers(filters, parent=index_page), OFFERS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = index_page.get_context(request)
    context.update(
        filter_form=filter_form,
        filters_active=bool(filters),
        offers=list(page_obj.object_list),
        page_obj=page_obj,
        result_count=paginator.count,
    )
    return TemplateResponse(request, index_page.get_template(request), context)


def _session_or_404(offer, session_id):
    try:
        return OfferSession.objects.with_seats_taken().get(page=offer, pk=session_id)
    except OfferSession.DoesNotExist as error:
        raise Http404("Cette date n'existe pas.") from error


@never_cache
def session_signup(request, offer, session_id):
    session = _session_or_404(offer, session_id)
    session.page = offer
    initial = {"is_collegien": offer.audience == Audience.COLLEGIENS_3E}
    form = SignUpForm(request.POST or None, initial=initial)
    status = 200
    rate_limited = False
    if request.method == "POST" and session.is_open:
        if ratelimit.hit(request, "offer-signup", *SIGNUP_RATE_LIMIT):
            rate_limited, status = True, 429
        elif form.is_valid():
            try:
                signup = booking.book(session, form.signup_data(), request)
            except booking.SignUpsClosed:
                session.refresh_from_db()
            else:
                request.session[SESSION_KEY] = signup.pk
                return redirect(offer.url + offer.reverse_subpage("signup_done"))
    context = {**offer.get_context(request), "session": session, "form": form, "rate_limited": rate_limited}
    return TemplateResponse(request, "opportunities/offer_signup.html", context, status=status)


@never_cache
def signup_done(request, offer):
    # Shown once: on a shared computer the next person to open this address sees no one's details.
    signup = SignUp.objects.filter(pk=request.session.pop(SESSION_KEY, None)).first()
    session = signup.slot if signup else None
    if session is None or getattr(session, "page_id", None) != offer.pk:
        return redirect(offer.url)
    context = {
        **offer.get_context(request),
        "signup": signup,
        "session": session,
        "waiting_ahead": signup.waiting_ahead,
        "cancel_url": booking.cancel_url(signup, request),
    }
    return TemplateResponse(request, "opportunities/offer_signup_done.html", context)
