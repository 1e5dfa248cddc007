"""Booking rules: never more confirmed sign-ups than seats, a first-come waiting list for the rest.

Every change to a slot's sign-ups happens with the slot's row locked
(`SELECT … FOR UPDATE` on PostgreSQL), so concurrent sign-ups for the last seats
queue up in the database instead of all reading "1 seat left".

A slot is any `Bookable` (an offer session, an event occurrence); it describes itself
with `signup_title`, `signup_url`, `notify_emails` and `signup_details`; `is_open` (False refuses
new sign-ups) and `is_past` (no promotion from the waiting list any more).
"""

from django.db import transaction
from django.utils import timezone

from opportunities.signups.models import SignUp, SignUpStatus
from portal import mail
from portal.links import absolute_url, reverse_url


class SignUpsClosed(Exception):
    """The slot stopped taking sign-ups (cancelled, started, closed) while the person filled the form."""


def book(slot, data, request=None):
    """Sign a person up for `slot`: confirmed while seats are left, otherwise on the waiting list."""
    slot = slot.ready_to_book()
    with transaction.atomic():
        locked = _lock(slot)
        if not getattr(locked, "is_open", True):
            raise SignUpsClosed
        taken = SignUp.objects.for_slot(locked).confirmed().count()
        status = SignUpStatus.CONFIRMED if taken < locked.seats else SignUpStatus.WAITING
        signup = SignUp.objects.create(slot=locked, status=status, told_when=getattr(locked, "when", ""), **data)
    _send_signup_emails(signup, locked, request)
    return signup


def cancel(signup, request=None):
    """Cancel a sign-up and give its seat to the first person waiting. Returns the promoted sign-ups."""
    slot = signup.slot
    with transaction.atomic():
        locked = _lock(slot)
        signup = SignUp.objects.select_for_update().get(pk=signup.pk)
        if signup.is_cancelled:
            return []
        signup.status = SignUpStatus.CANCELLED
        signup.cancelled_at = timezone.now()
        signup.save(update_fields=["status", "cancelled_at"])
        promoted = _fill_free_seats(locked)
    _notify_organiser(locked, "opportunities/emails/organiser_cancelled.txt", signup, request, promoted=promoted)
    for person in promoted:
        _send_to_person(person, locked, "opportunities/emails/signup_promoted.txt", request)
    return promoted


def fill_free_seats(slot, request=None):
    """Promote waiting people into seats that became free (e.g. the organiser added seats)."""
    with transaction.atomic():
        locked = _lock(slot)
        promoted = _fill_free_seats(locked)
    for person in promoted:
        _send_to_person(person, locked, "opportunities/emails/signup_promoted.txt", request)
    return promoted


def announce_new_time(slot, request=None):
    """The date or times of `slot` changed: tell each person signed up (or waiting) the new ones, once."""
    when = getattr(slot, "when", "")
    stale = SignUp.objects.for_slot(slot).active().exclude(told_when=when)
    # A sign-up recorded before `told_when` existed (empty) is brought up to date silently.
    people = list(stale.exclude(told_when=""))
    stale.update(told_when=when)
    for person in people:
        _send_to_person(person, slot, "opportunities/emails/slot_new_time.txt", request)
    return people


def cancel_slot(slot, request=None):
    """The organiser cancelled this date: everyone signed up (or waiting) is told, and freed."""
    with transaction.atomic():
        locked = _lock(slot)
        people = list(SignUp.objects.for_slot(locked).active().select_for_update())
        now = timezone.now()
        for person in people:
            person.status = SignUpStatus.CANCELLED
            person.cancelled_at = now
            person.save(update_fields=["status", "cancelled_at"])
    for person in people:
        _send_to_person(person, locked, "opportunities/emails/slot_cancelled.txt", request)
    return people


def _lock(slot):
    return type(slot).objects.select_for_update().get(pk=slot.pk)


def _fill_free_seats(locked_slot):
    if getattr(locked_slot, "is_past", False) or getattr(locked_slot, "cancelled", False):
        return []
    free = locked_slot.seats - SignUp.objects.for_slot(locked_slot).confirmed().count()
    if free <= 0:
        return []
    promoted = list(
        SignUp.objects.for_slot(locked_slot).waiting().select_for_update().order_by("created_at", "pk")[:free]
    )
    for person in promoted:
        person.status = SignUpStatus.CONFIRMED
        person.save(update_fields=["status"])
    return promoted


def cancel_url(signup, request=None):
    return reverse_url("signup_cancel", args=[signup.cancel_token], request=request)


def _context(signup, slot, request, **extra):
    return {
        "signup": signup,
        "slot_title": slot.signup_title,
        "slot_details": slot.signup_details,
        "slot_url": absolute_url(slot.signup_url, request),
        "cancel_url": cancel_url(signup, request),
        **extra,
    }


def _send_to_person(signup, slot, template, request):
    mail.send(template, _context(signup, slot, request), [signup.email])


def _notify_organiser(slot, template, signup, request, **extra):
    mail.send(template, _context(signup, slot, request, **extra), list(slot.notify_emails))


def _send_signup_emails(signup, slot, request):
    template = "signup_confirmed.txt" if signup.is_confirmed else "signup_waiting.txt"
    _send_to_person(signup, slot, f"opportunities/emails/{template}", request)
    _notify_organiser(slot, "opportunities/emails/organiser_new_signup.txt", signup, request)
