"""What other pages show of the neighbourhoods: the home page's "Nos quartiers"."""

from neighbourhoods.index_page import NeighbourhoodIndexPage
from portal.models import Territory

CARD_TEMPLATE = "neighbourhoods/includes/neighbourhood_card.html"


def home_neighbourhoods(home_page):
    """Every territory, linking to its page, once the neighbourhoods page is published."""
    index = NeighbourhoodIndexPage.objects.live().public().first()
    if index is None:
        return []
    territories = list(Territory.objects.in_display_order())
    for territory in territories:
        territory.card_template = CARD_TEMPLATE
        territory.page_url = index.url + index.reverse_subpage("neighbourhood", args=[territory.slug])
    return territories
