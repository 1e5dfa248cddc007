"""What other pages show of the neighbourhoods: the home page's "Nos quartiers"."""

from django.db.models import Subquery

from neighbourhoods.index_page import NeighbourhoodIndexPage
from portal.links import PageUrls
from portal.models import Territory
from portal.visibility import visible

CARD_TEMPLATE = "neighbourhoods/includes/neighbourhood_card.html"


def home_neighbourhoods(home_page):
    """Every territory, linking to its page, once the neighbourhoods page is published.

    One query: the address of the neighbourhoods page comes with the territories (`index_path`).
    """
    index_path = visible(NeighbourhoodIndexPage.objects.all()).order_by("path").values("url_path")[:1]
    territories = list(Territory.objects.in_display_order().annotate(index_path=Subquery(index_path)))
    index_url = PageUrls()(territories[0].index_path) if territories and territories[0].index_path else None
    if index_url is None:
        return []
    routes = NeighbourhoodIndexPage.get_resolver()
    for territory in territories:
        territory.card_template = CARD_TEMPLATE
        territory.page_url = index_url + routes.reverse("neighbourhood", territory.slug)
    return territories
