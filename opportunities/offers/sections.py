"""What other pages show of the offers: the home page's next offers, a company's offers on its partner page.

Each item renders with its `card_template`.
"""

from opportunities.offers.listing import listed_offers

HOME_OFFERS = 3
PARTNER_OFFERS = 6


def next_offers(home_page):
    """The next offers still taking sign-ups (seats or waiting list), soonest first."""
    return list(listed_offers()[:HOME_OFFERS])


def for_partner(partner_page):
    return list(listed_offers().filter(company=partner_page)[:PARTNER_OFFERS])
