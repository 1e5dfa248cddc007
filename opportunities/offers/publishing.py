"""What publishing an offer does to its sign-ups: a cancelled session frees and tells everyone,
a session whose date or times changed tells everyone the new ones, added seats go to the waiting
list. Runs on every publish (admin, workflow approval, scheduled)."""

from wagtail.signals import page_published

from opportunities.signups import booking


def apply_session_changes(sender, instance, **kwargs):
    from opportunities.offers.models import OfferSession
    from opportunities.signups.models import SignUp

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
    from opportunities.offers.models import OfferPage

    page_published.connect(apply_session_changes, sender=OfferPage, dispatch_uid="offer-session-changes")
