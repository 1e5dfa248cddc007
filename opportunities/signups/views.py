"""Signing up for one date of a page (an offer session, an event date), and the private cancel link.

The page's routes find the date and call `signup_form` and `signup_done`; the booking engine does the rest.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from opportunities.signups import booking, consent
from opportunities.signups.forms import ClassBookingForm, SignUpForm
from opportunities.signups.models import SignUp
from portal import audiences, ratelimit

SIGNUP_RATE_LIMIT = (10, 3600)  # sign-ups per hour and per address: a class signing up together still fits
CANCEL_RATE_LIMIT = (20, 3600)
SESSION_KEY = "last-signup"


@never_cache
def signup_form(request, page, slot, template, rate_limit_key, context=None):
    """The form for `slot`, a date of `page`; a valid POST books a seat (or a place on the waiting list)."""
    for_collegiens = audiences.rule(page.audience).school == audiences.School.COLLEGE
    form = SignUpForm(request.POST or None, audience=page.audience, initial={"is_collegien": for_collegiens})
    is_open, rate_limited, status = slot.is_open, False, 200
    if request.method == "POST" and is_open:
        if ratelimit.hit(request, rate_limit_key, *SIGNUP_RATE_LIMIT):
            rate_limited, status = True, 429
        elif form.is_valid():
            try:
                signup = booking.book(slot, form.signup_data(), request)
            except booking.SignUpsClosed:
                is_open = False
                if slot.pk:
                    slot.refresh_from_db()
            except booking.SignUpRefused as refusal:
                form.add_error(None, refusal.message)
                if refusal.existing is not None and refusal.existing.email:
                    booking.send_manage_link(refusal.existing, request)
                    form.add_error(
                        None,
                        "Nous venons d'envoyer le lien pour gérer ta première inscription "
                        "à l'adresse e-mail donnée ce jour-là.",
                    )
            else:
                request.session[SESSION_KEY] = signup.pk
                return redirect(page.url + page.reverse_subpage("signup_done"))
    page_context = {
        **page.get_context(request),
        "slot": slot,
        "form": form,
        "is_open": is_open,
        "seats_left": slot.seats_left,
        "waiting": slot.waiting_count,
        "rate_limited": rate_limited,
        **(context or {}),
    }
    return TemplateResponse(request, template, page_context, status=status)


@never_cache
def class_booking_form(request, page, slot, template, rate_limit_key, context=None):
    """A teacher books `slot` for a class (only on pages that take class bookings)."""
    if not page.takes_class_bookings:
        raise Http404
    form = ClassBookingForm(request.POST or None, seats=slot.seats, initial={"is_collegien": True})
    is_open, rate_limited, status = slot.is_open, False, 200
    if request.method == "POST" and is_open:
        if ratelimit.hit(request, rate_limit_key, *SIGNUP_RATE_LIMIT):
            rate_limited, status = True, 429
        elif form.is_valid():
            try:
                signup = booking.book_class(slot, form.booking_data(), request)
            except booking.SignUpsClosed:
                is_open = False
            except booking.SignUpRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                request.session[SESSION_KEY] = signup.pk
                return redirect(page.url + page.reverse_subpage("signup_done"))
    page_context = {
        **page.get_context(request),
        "slot": slot,
        "form": form,
        "is_open": is_open,
        "rate_limited": rate_limited,
        **(context or {}),
    }
    return TemplateResponse(request, template, page_context, status=status)


@never_cache
def signup_done(request, page, template):
    """What the person just booked on `page`: a seat or a place on the waiting list, and the cancel link."""
    # Shown once: on a shared computer the next person to open this address sees no one's details.
    signup = SignUp.objects.filter(pk=request.session.pop(SESSION_KEY, None)).first()
    slot = signup.slot if signup else None
    if slot is None or slot.host_page_id != page.pk:
        return redirect(page.url)
    page_context = {
        **page.get_context(request),
        "signup": signup,
        "slot": slot,
        "waiting_ahead": signup.waiting_ahead,
        "cancel_url": booking.cancel_url(signup, request),
    }
    return TemplateResponse(request, template, page_context)


@never_cache
@require_http_methods(["GET", "POST"])
def cancel_signup(request, token):
    signup = get_object_or_404(SignUp, cancel_token=token)
    slot = signup.slot
    if slot is None:
        return render(request, "opportunities/signup_cancel.html", {"signup": signup, "slot": None}, status=404)
    context = {"signup": signup, "slot": slot, "cancelled_now": False, "rate_limited": False}
    status = 200
    if request.method == "POST" and not signup.is_cancelled:
        if ratelimit.hit(request, "signup-cancel", *CANCEL_RATE_LIMIT):
            context["rate_limited"] = True
            status = 429
        else:
            booking.cancel(signup, request)
            signup.refresh_from_db()
            context["cancelled_now"] = True
    response = render(request, "opportunities/signup_cancel.html", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def parent_consent(request, token):
    """A parent's page: what their child signed up for, and "J'accepte" or "Je refuse" (answered once)."""
    signup = SignUp.objects.filter(pk=consent.signup_pk_from_token(token)).first()
    slot = signup.slot if signup else None
    if slot is None:
        return render(request, "opportunities/signup_parent.html", {"signup": None}, status=404)
    context = {"signup": signup, "slot": slot, "answered_now": False, "rate_limited": False}
    status = 200
    answer = request.POST.get("reponse")
    if request.method == "POST" and answer in ("accord", "refus"):
        if ratelimit.hit(request, "signup-parent", *CANCEL_RATE_LIMIT):
            context["rate_limited"], status = True, 429
        else:
            context["answered_now"] = booking.answer_consent(signup, answer == "accord", request)
            signup.refresh_from_db()
    response = render(request, "opportunities/signup_parent.html", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
