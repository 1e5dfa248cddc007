"""What other pages show of the offers: the home page's next offers, a company's offers on its partner page.

Each item renders with its `card_template`.
"""

from django.db.models import Q

from opportunities.offers.listing import listed_offers
from opportunities.offers.models import UNDATED_TYPES, OfferSession, upcoming_q
from portal.visibility import visible_q

HOME_OFFERS = 3
PARTNER_OFFERS = 6


def _soonest_offers(how_many):
    """The ids of the offers whose next date comes first, and of those tied with the last of them.

    Read from the dates in order, a few at a time, instead of finding the next date of every offer: the
    listing's own order (next date, then title) then picks among these few.
    """
    dates = OfferSession.objects.filter(upcoming_q(), visible_q("page__"), page__signups_closed=False)
    dates = dates.order_by("date", "start_time", "pk").values_list("page_id", "date", "start_time")
    batch, offset, found, last = how_many * 8, 0, [], None
    while True:
        rows = list(dates[offset : offset + batch])
        for page_id, *when in rows:
            if len(found) >= how_many and when != last:
                return found
            if page_id not in found:
                found.append(page_id)
                last = when
        if len(rows) < batch:
            return found
        offset += batch


def next_offers(home_page):
    """The next offers still taking sign-ups (seats or waiting list), soonest first."""
    soonest = Q(pk__in=_soonest_offers(HOME_OFFERS)) | Q(offer_type__in=UNDATED_TYPES)
    return list(listed_offers().filter(soonest)[:HOME_OFFERS])


def for_partner(partner_page):
    return list(listed_offers().filter(company=partner_page)[:PARTNER_OFFERS])
