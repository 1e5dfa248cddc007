"""The home page's "next offers" slot (see portal/home_sections.py)."""

from opportunities.offer_listing import listed_offers

HOME_OFFERS = 3


def next_offers(home_page):
    """The next offers still taking sign-ups (seats or waiting list), soonest first."""
    return list(listed_offers()[:HOME_OFFERS])
