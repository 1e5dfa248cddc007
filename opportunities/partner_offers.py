"""A company's upcoming offers, for its partner page. Items render with their `card_template`."""

from opportunities.offer_listing import listed_offers

PARTNER_OFFERS = 6


def for_partner(partner_page):
    return list(listed_offers().filter(company=partner_page)[:PARTNER_OFFERS])
