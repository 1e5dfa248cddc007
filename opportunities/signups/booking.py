"""Booking rules: never more confirmed sign-ups than seats, a first-come waiting list for the rest.

Every change to a slot's sign-ups happens with the slot's row locked
(`SELECT … FOR UPDATE` on PostgreSQL), so concurrent sign-ups for the last seats
queue up in the database instead of all reading "1 seat left".

A slot is any `Bookable` (an offer session, an event occurrence); it describes itself
with `signup_title`, `signup_url`, `notify_emails` and `signup_details`; `is_open` (False refuses
new sign-ups) and `is_past` (no promotion from the waiting list any more).
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from opportunities.signups import identity
from opportunities.signups.models import SignUp, SignUpStatus
from portal import audiences, mail
from portal.links import absolute_url, reverse_url


class SignUpsClosed(Exception):
    """The slot stopped taking sign-ups (cancelled, started, closed) while the person filled the form."""


class SignUpRefused(Exception):
    """This person may not take this seat (already signed up, limit reached); `message` says why, in French.

    `existing` is the sign-up that stands in the way, when there is one: its owner can be sent the
    link to manage it (never shown to whoever typed the form, who may be someone else).
    """

    def __init__(self, message, existing=None):
        super().__init__(message)
        self.message = message
        self.existing = existing


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
        _check_audience(locked, data)
        _check_person(locked, data)
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


def _siblings(slot):
    return type(slot).objects.filter(**{f"{slot.host_field}_id": slot.host_page_id})


def _lock_with_siblings(slot):
    """Lock every date of the slot's page, in a fixed order: one person's limit per page holds under concurrency."""
    locked = {row.pk: row for row in _siblings(slot).select_for_update().order_by("pk")}
    return locked.get(slot.pk) or _lock(slot)


def _day_label(day):
    return date_format(day, "l j F Y")


def _check_audience(slot, data):
    """The host's audience holds on every path (form, admin, commands), not only in the public form."""
    audience = getattr(slot.host_page, "audience", audiences.Audience.EVERYONE)
    refusal = audiences.refusal(audience, data.get("age", 0), data.get("is_collegien", False))
    if refusal:
        raise SignUpRefused(refusal)


def _check_person(slot, data):
    key = identity.person_key(data.get("first_name", ""), data.get("email", ""), data.get("phone", ""))
    mine = SignUp.objects.active().of_person(key)
    same_slot = mine.for_slot(slot).first()
    if same_slot:
        raise SignUpRefused(
            f"Tu es déjà inscrit·e à cette date ({same_slot.get_status_display().lower()}). "
            "Une même personne ne prend qu'une place.",
            existing=same_slot,
        )
    on_this_page = list(mine.for_slots(type(slot), _siblings(slot).values("pk")))
    limit = slot.host_page.max_signups_per_person
    if len(on_this_page) >= limit:
        raise SignUpRefused(
            f"Tu es déjà inscrit·e à {'une date' if limit == 1 else f'{limit} dates'} de « {slot.host_page.title} » : "
            f"on peut en réserver {limit} au plus par personne. Annule d'abord celle que tu ne veux plus.",
            existing=on_this_page[0],
        )
    first, last = slot.first_day, slot.last_day
    for other in mine.order_by("created_at"):
        other_slot = other.slot
        if other_slot is not None and other_slot.first_day <= last and first <= other_slot.last_day:
            raise SignUpRefused(
                f"Tu es déjà inscrit·e le {_day_label(max(first, other_slot.first_day))} "
                f"(« {other_slot.host_page.title} ») : on ne peut pas être à deux endroits le même jour.",
                existing=other,
            )
    email = identity.normalise_email(data.get("email", ""))
    cap = settings.SIGNUP_MAX_SEATS_PER_EMAIL
    if email and SignUp.objects.for_slot(slot).active().filter(email=email).count() >= cap:
        raise SignUpRefused(
            f"Cette adresse e-mail a déjà réservé {cap} places pour cette date. "
            "Chaque jeune s'inscrit avec son propre e-mail ou son propre téléphone."
        )


def send_manage_link(signup, request=None):
    """Send the owner of `signup` the private link to manage it (after a refused second sign-up)."""
    if signup.slot is not None:
        _send_to_person(signup, signup.slot, "opportunities/emails/signup_manage_link.txt", request)


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
