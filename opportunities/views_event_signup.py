"""Signing up for one date of an event, with the offers' sign-up engine (booking, SignUpForm)."""

import datetime

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from opportunities import booking
from opportunities.forms_signup import SignUpForm
from opportunities.models import EventOccurrence, SignUp
from opportunities.models.events import SIGNUP_KEY_FORMAT
from opportunities.recurrence import PARIS
from portal import ratelimit

SIGNUP_RATE_LIMIT = (10, 3600)
SESSION_KEY = "agenda-last-signup"
# The engine refuses slots that closed while the person filled the form (once the offers branch has it).
SIGNUPS_CLOSED = getattr(booking, "SignUpsClosed", ())


def _occurrence_or_404(event, when):
    if not event.signup_enabled:
        raise Http404("Pas d'inscription pour cet événement.")
    try:
        start = datetime.datetime.strptime(when, SIGNUP_KEY_FORMAT).replace(tzinfo=PARIS)
    except ValueError:
        raise Http404("Date inconnue.") from None
    occurrence = event.occurrence_at(start)
    if occurrence is None:
        raise Http404("Cet événement n'a pas lieu à cette date.")
    return occurrence


def slot_for(event, occurrence):
    """The bookable row of this date, created on the first sign-up, with the event's current seats."""
    slot, created = EventOccurrence.objects.get_or_create(
        event=event, start=occurrence.start, defaults={"end": occurrence.end, "seats": event.seats}
    )
    if not created and slot.seats != event.seats:
        more_seats = event.seats > slot.seats
        slot.seats = event.seats
        slot.save(update_fields=["seats"])
        if more_seats:
            booking.fill_free_seats(slot)
    return slot


@never_cache
def occurrence_signup(request, event, when):
    occurrence = _occurrence_or_404(event, when)
    existing = EventOccurrence.objects.filter(event=event, start=occurrence.start).with_seats_taken().first()
    seats_left = max(0, event.seats - existing.seats_taken) if existing else event.seats
    waiting = existing.waiting_count if existing else 0
    is_open = not occurrence.cancelled and occurrence.start > datetime.datetime.now(PARIS)
    form = SignUpForm(request.POST or None)
    status, rate_limited = 200, False
    if request.method == "POST" and is_open:
        if ratelimit.hit(request, "event-signup", *SIGNUP_RATE_LIMIT):
            rate_limited, status = True, 429
        elif form.is_valid():
            try:
                signup = booking.book(slot_for(event, occurrence), form.signup_data(), request)
            except SIGNUPS_CLOSED:
                is_open = False
            else:
                request.session[SESSION_KEY] = signup.pk
                return redirect(event.url + event.reverse_subpage("signup_done"))
    context = {
        **event.get_context(request),
        "occurrence": occurrence,
        "form": form,
        "seats_left": seats_left,
        "waiting": waiting,
        "is_open": is_open,
        "rate_limited": rate_limited,
    }
    return TemplateResponse(request, "opportunities/event_signup.html", context, status=status)


@never_cache
def signup_done(request, event):
    # Shown once: on a shared computer the next person to open this address sees no one's details.
    signup = SignUp.objects.filter(pk=request.session.pop(SESSION_KEY, None)).first()
    slot = signup.slot if signup else None
    if not isinstance(slot, EventOccurrence) or slot.event_id != event.pk:
        return redirect(event.url)
    context = {
        **event.get_context(request),
        "signup": signup,
        "slot": slot,
        "waiting_ahead": signup.waiting_ahead,
        "cancel_url": booking.cancel_url(signup, request),
    }
    return TemplateResponse(request, "opportunities/event_signup_done.html", context)
