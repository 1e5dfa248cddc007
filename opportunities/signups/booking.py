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

from opportunities.signups import consent, rules
from opportunities.signups.models import Consent, SignUp, SignUpStatus
from portal import mail
from portal.links import absolute_url, reverse_url


class SignUpsClosed(Exception):
    """The slot stopped taking sign-ups (cancelled, started, closed) while the person filled the form."""


SignUpRefused = rules.SignUpRefused


def book(slot, data, request=None):
    """Sign a person up for `slot`: confirmed while seats are left, otherwise on the waiting list.

    Raises `SignUpsClosed`, or `SignUpRefused` when the same person already holds this date,
    another sign-up the same day, the host's limit per person, or when the e-mail holds too many seats.
    """
    slot = slot.ready_to_book()
    with transaction.atomic():
        locked = _lock_with_siblings(slot)
        if not getattr(locked, "is_open", True):
            raise SignUpsClosed
        rules.check_audience(locked, data)
        rules.check_person(locked, data)
        taken = SignUp.objects.for_slot(locked).holding_seats().seats_used()
        signup = SignUp(slot=locked, told_when=getattr(locked, "when", ""), **data)
        if taken + signup.headcount > locked.seats:
            signup.status = SignUpStatus.WAITING
        elif signup.is_minor:
            signup.status = SignUpStatus.PENDING
            signup.hold_until = timezone.now() + consent.hold_period()
        if signup.is_minor:
            signup.consent_requested_at = timezone.now()
        signup.save()
    _send_signup_emails(signup, locked, request)
    return signup


def book_class(slot, data, request=None):
    """A teacher books `slot` for a class: `data["headcount"]` seats at once, or the waiting list as one group.

    Only for pages that take class bookings; the school answers for its pupils (no individual
    audience check or parental link). The same class cannot be booked twice on one date.
    """
    slot = slot.ready_to_book()
    with transaction.atomic():
        locked = _lock_with_siblings(slot)
        if not getattr(locked, "is_open", True):
            raise SignUpsClosed
        rules.check_class(locked, data)
        taken = SignUp.objects.for_slot(locked).holding_seats().seats_used()
        signup = SignUp(slot=locked, told_when=getattr(locked, "when", ""), is_class_booking=True, age=0, **data)
        signup.status = SignUpStatus.CONFIRMED if taken + signup.headcount <= locked.seats else SignUpStatus.WAITING
        signup.save()
    _send_signup_emails(signup, locked, request)
    return signup


def answer_consent(signup, agreed, request=None):
    """A parent agrees (the held seat is confirmed) or refuses (the seat goes to the waiting list).

    Answered once: a second answer, or one after the sign-up ended, changes nothing and returns False.
    """
    slot = signup.slot
    with transaction.atomic():
        locked = _lock(slot)
        signup = SignUp.objects.select_for_update().get(pk=signup.pk)
        if signup.consent or signup.is_cancelled:
            return False
        now = timezone.now()
        signup.consent = Consent.GIVEN if agreed else Consent.REFUSED
        signup.consent_answered_at = now
        promoted = []
        if agreed and signup.is_pending:
            signup.status, signup.hold_until = SignUpStatus.CONFIRMED, None
        elif not agreed:
            signup.status, signup.cancelled_at, signup.hold_until = SignUpStatus.CANCELLED, now, None
        signup.save(update_fields=["consent", "consent_answered_at", "status", "cancelled_at", "hold_until"])
        if not agreed:
            promoted = _fill_free_seats(locked)
    if agreed:
        _send_signup_emails(signup, locked, request, parent_answered=True)
    else:
        _send_to_person(signup, locked, "opportunities/emails/parent_refused.txt", request)
    _send_promotions(promoted, locked, request)
    return True


def release_expired_holds(now=None, request=None):
    """Free the seats whose parent never answered in time and give them to the waiting list; idempotent.

    Each slot is locked while its expired holds are released and its waiting list promoted, so a
    sign-up arriving at that moment waits and then sees the right number of seats.
    """
    now = now or timezone.now()
    expired = SignUp.objects.pending().filter(hold_until__lte=now)
    released = []
    for content_type_id, object_id in set(expired.values_list("content_type_id", "object_id")):
        signup = expired.filter(content_type_id=content_type_id, object_id=object_id).first()
        if signup is None or signup.slot is None:
            continue
        with transaction.atomic():
            locked = _lock(signup.slot)
            people = list(expired.filter(content_type_id=content_type_id, object_id=object_id).select_for_update())
            for person in people:
                person.status, person.cancelled_at, person.hold_until = SignUpStatus.CANCELLED, now, None
                person.save(update_fields=["status", "cancelled_at", "hold_until"])
            promoted = _fill_free_seats(locked, now=now)
        for person in people:
            _send_to_person(person, locked, "opportunities/emails/hold_expired.txt", request, parent_too=True)
        _send_promotions(promoted, locked, request)
        released += people
    return released


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
    if signup.visible_to_organiser:
        visible = [person for person in promoted if person.visible_to_organiser]
        _notify_organiser(locked, "opportunities/emails/organiser_cancelled.txt", signup, request, promoted=visible)
    _send_promotions(promoted, locked, request)
    return promoted


def fill_free_seats(slot, request=None):
    """Promote waiting people into seats that became free (e.g. the organiser added seats)."""
    with transaction.atomic():
        locked = _lock(slot)
        promoted = _fill_free_seats(locked)
    _send_promotions(promoted, locked, request)
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
        _send_to_person(person, locked, "opportunities/emails/slot_cancelled.txt", request, parent_too=True)
    return people


def _lock(slot):
    return type(slot).objects.select_for_update().get(pk=slot.pk)


def _lock_with_siblings(slot):
    """Lock every date of the slot's page, in a fixed order: one person's limit per page holds under concurrency."""
    locked = {row.pk: row for row in rules.siblings(slot).select_for_update().order_by("pk")}
    return locked.get(slot.pk) or _lock(slot)


def send_reminder(signup, slot, request=None):
    """The reminder before the date: to the person and, for a minor, to the parent."""
    _send_to_person(signup, slot, "opportunities/emails/signup_reminder.txt", request, parent_too=True)


def send_manage_link(signup, request=None):
    """Send the owner of `signup` the private link to manage it (after a refused second sign-up)."""
    if signup.slot is not None:
        _send_to_person(signup, signup.slot, "opportunities/emails/signup_manage_link.txt", request)


def _fill_free_seats(locked_slot, now=None):
    if getattr(locked_slot, "is_past", False) or getattr(locked_slot, "cancelled", False):
        return []
    free = locked_slot.seats - SignUp.objects.for_slot(locked_slot).holding_seats().seats_used()
    promoted = []
    # First come, first served: a class waiting for 25 seats is not overtaken by the people behind it.
    for person in SignUp.objects.for_slot(locked_slot).waiting().select_for_update().order_by("created_at", "pk"):
        if person.headcount > free:
            break
        free -= person.headcount
        promoted.append(person)
    for person in promoted:
        # A minor whose parent has not agreed yet gets a held seat, with a fresh delay for the parent.
        if person.is_minor and not person.parent_agreed:
            person.status, person.hold_until = SignUpStatus.PENDING, (now or timezone.now()) + consent.hold_period()
        else:
            person.status = SignUpStatus.CONFIRMED
        person.save(update_fields=["status", "hold_until"])
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


def _send_to_person(signup, slot, template, request, parent_too=False):
    recipients = [signup.email, signup.parent_email if parent_too and signup.is_minor else ""]
    mail.send(template, _context(signup, slot, request), recipients)


def _notify_organiser(slot, template, signup, request, **extra):
    mail.send(template, _context(signup, slot, request, **extra), list(slot.notify_emails))


def _ask_parent(signup, slot, request):
    context = _context(signup, slot, request, consent_url=consent.consent_url(signup, request))
    mail.send("opportunities/emails/parent_consent_request.txt", context, [signup.parent_email])


def _send_promotions(promoted, slot, request):
    for person in promoted:
        _send_to_person(person, slot, "opportunities/emails/signup_promoted.txt", request)
        if person.is_pending:
            _ask_parent(person, slot, request)


def _send_signup_emails(signup, slot, request, parent_answered=False):
    """The person is told where they stand; the organiser hears of a minor only once a parent agreed."""
    template = {
        SignUpStatus.CONFIRMED: "signup_confirmed.txt",
        SignUpStatus.PENDING: "signup_pending.txt",
    }.get(signup.status, "signup_waiting.txt")
    if not (parent_answered and signup.is_waiting):
        _send_to_person(signup, slot, f"opportunities/emails/{template}", request, parent_too=parent_answered)
    if signup.is_minor and not parent_answered:
        _ask_parent(signup, slot, request)
    if signup.visible_to_organiser:
        _notify_organiser(slot, "opportunities/emails/organiser_new_signup.txt", signup, request)
