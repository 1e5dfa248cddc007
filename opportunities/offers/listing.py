"""Which offers a listing shows, in which order, with what each card needs, in a fixed number of queries."""

from django.db.models import F, OuterRef, Q, Subquery

from opportunities.offers.models import UNDATED_TYPES, OfferSession, upcoming_q
from opportunities.offers.offer_page import OfferPage
from portal.audiences import Audience
from portal.visibility import visible

DATE_FILTERS = {"du", "au", "places"}


def communes_with_offers():
    return visible(OfferPage.objects.all()).place_communes()


def matching_sessions(filters):
    sessions = OfferSession.objects.filter(upcoming_q(), page=OuterRef("pk"), page__signups_closed=False)
    if filters.get("du"):
        sessions = sessions.filter(date__gte=filters["du"])
    if filters.get("au"):
        sessions = sessions.filter(date__lte=filters["au"])
    if filters.get("places"):
        sessions = sessions.with_seats_taken().filter(seats__gt=F("confirmed_signups"))
    return sessions.order_by("date", "start_time")


def listed_offers(filters=None, parent=None):
    """Published offers with a session matching `filters`, soonest first; past offers drop out."""
    filters = filters or {}
    sessions = matching_sessions(filters)
    offers = visible(OfferPage.objects.filter(signups_closed=False))
    if parent is not None:
        offers = offers.child_of(parent)
    if filters.get("type"):
        offers = offers.filter(offer_type=filters["type"])
    if filters.get("secteur"):
        offers = offers.filter(sector=filters["secteur"])
    if filters.get("public"):
        offers = offers.filter(audience__in=[filters["public"], Audience.EVERYONE])
    if filters.get("commune"):
        offers = offers.in_commune(filters["commune"])
    offers = offers.annotate(
        listed_date=Subquery(sessions.values("date")[:1]),
        listed_time=Subquery(sessions.values("start_time")[:1]),
    )
    dated = Q(listed_date__isnull=False)
    if not DATE_FILTERS & filters.keys():
        # Jobs, apprenticeships and mentoring have no date: listed while open, after the dated offers.
        dated |= Q(offer_type__in=UNDATED_TYPES)
    order = (F("listed_date").asc(nulls_last=True), F("listed_time").asc(nulls_last=True), "title")
    return offers.filter(dated).order_by(*order).with_card_data()
