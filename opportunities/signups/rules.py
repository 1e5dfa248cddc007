"""Who may take a seat: the audience of the page, and one person once (see `identity`).

Called by the booking engine with the slot's dates locked, so every path (form, admin, command)
goes through them. Each refusal carries its French message.
"""

from django.conf import settings
from django.utils.formats import date_format

from opportunities.signups import identity
from opportunities.signups.models import SignUp
from portal import audiences


class SignUpRefused(Exception):
    """This person may not take this seat (already signed up, limit reached); `message` says why, in French.

    `existing` is the sign-up that stands in the way, when there is one: its owner can be sent the
    link to manage it (never shown to whoever typed the form, who may be someone else).
    """

    def __init__(self, message, existing=None):
        super().__init__(message)
        self.message = message
        self.existing = existing


def siblings(slot):
    return type(slot).objects.filter(**{f"{slot.host_field}_id": slot.host_page_id})


def _day_label(day):
    return date_format(day, "l j F Y")


def check_audience(slot, data):
    """The host's audience holds on every path (form, admin, commands), not only in the public form."""
    audience = getattr(slot.host_page, "audience", audiences.Audience.EVERYONE)
    refusal = audiences.refusal(audience, data.get("age", 0), data.get("is_collegien", False))
    if refusal:
        raise SignUpRefused(refusal)


def check_person(slot, data):
    key = identity.person_key(data.get("first_name", ""), data.get("email", ""), data.get("phone", ""))
    mine = SignUp.objects.active().of_person(key)
    same_slot = mine.for_slot(slot).first()
    if same_slot:
        raise SignUpRefused(
            f"Tu es déjà inscrit·e à cette date ({same_slot.get_status_display().lower()}). "
            "Une même personne ne prend qu'une place.",
            existing=same_slot,
        )
    on_this_page = list(mine.for_slots(type(slot), siblings(slot).values("pk")))
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


def check_class(slot, data):
    """A class booking: a page that takes them, a headcount that fits the date, each class once."""
    if not slot.host_page.takes_class_bookings:
        raise SignUpRefused("Cette offre ne se réserve pas pour une classe : chaque élève s'inscrit lui-même.")
    headcount = data.get("headcount") or 0
    if not 1 <= headcount <= slot.seats:
        raise SignUpRefused(f"Cette date compte {slot.seats} places : une classe de {headcount} élèves n'y tient pas.")
    same = (
        SignUp.objects.for_slot(slot)
        .active()
        .filter(
            is_class_booking=True,
            school__iexact=data.get("school", ""),
            school_class__iexact=data.get("school_class", ""),
        )
    )
    if same.exists():
        raise SignUpRefused("Cette classe est déjà inscrite à cette date.", existing=same.first())
