"""What publishing an offer does to its sign-ups: a cancelled session frees and tells everyone,
a session whose date or times changed tells everyone the new ones, added seats go to the waiting
list. Runs on every publish (admin, workflow approval, scheduled)."""

from wagtail.signals import page_published

from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage
from opportunities.signups import booking
from opportunities.signups.models import SignUp


def apply_session_changes(sender, instance, **kwargs):
    sessions = OfferSession.objects.filter(page=instance)
    with_people = set(
        SignUp.objects.for_slots(OfferSession, [s.pk for s in sessions]).active().values_list("object_id", flat=True)
    )
    for session in sessions:
        if session.pk not in with_people:
            continue
        if session.cancelled:
            booking.cancel_slot(session)
        else:
            booking.announce_new_time(session)
            booking.fill_free_seats(session)


def connect():
    page_published.connect(apply_session_changes, sender=OfferPage, dispatch_uid="offer-session-changes")
