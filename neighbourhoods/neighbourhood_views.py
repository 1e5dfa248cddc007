"""/quartiers/ and /quartiers/<slug>/: each territory, who to meet there and what is near.

Everything comes from the other apps' own listings (agenda entries, listed offers, visible partners
and stories) filtered on the territory, so a neighbourhood's page never holds a copy of them.
"""

from django.http import Http404
from django.template.response import TemplateResponse

from neighbourhoods.boosters import Booster
from opportunities.agenda import entries
from opportunities.offers.listing import listed_offers
from partners_directory.partner_page import PartnerPage
from portal.links import absolute_url
from portal.models import Territory
from portal.sharing import share_links
from portal.visibility import visible
from stories.sections import for_territory

NEXT_DATES = 6
OFFERS = 6
PARTNERS = 8
STORIES = 3
AGENDA_MONTHS = 3


def boosters_of(territories):
    return Booster.objects.active().filter(territory__in=territories).select_related("photo", "permanence_event")


def neighbourhood_index(request, page):
    territories = list(Territory.objects.in_display_order())
    by_territory = {}
    for booster in boosters_of(territories):
        by_territory.setdefault(booster.territory_id, []).append(booster)
    for territory in territories:
        territory.active_boosters = by_territory.get(territory.pk, [])
    return TemplateResponse(
        request, "neighbourhoods/neighbourhood_index_page.html", {"page": page, "territories": territories}
    )


def neighbourhood(request, page, slug):
    territory = Territory.objects.filter(slug=slug).first()
    if territory is None:
        raise Http404
    filters = entries.AgendaFilters(territory=territory.slug)
    next_dates = [entry for entry in entries.upcoming(filters, request, months=AGENDA_MONTHS) if not entry.cancelled]
    partners = (
        visible(PartnerPage.objects.filter(territory=territory)).select_related("territory").order_by("title")
    )[:PARTNERS]
    url = absolute_url(page.url + page.reverse_subpage("neighbourhood", args=[territory.slug]), request)
    title = f"Quartier {territory.name} ({territory.commune})"
    context = {
        "page": page,
        "territory": territory,
        "title": title,
        "boosters": list(boosters_of([territory])),
        "next_dates": next_dates[:NEXT_DATES],
        "offers": list(listed_offers().in_territory(territory.slug)[:OFFERS]),
        "partners": list(partners),
        "stories": for_territory(territory, STORIES),
        "share": share_links(title, url),
        "canonical_url": url,
    }
    return TemplateResponse(request, "neighbourhoods/neighbourhood_page.html", context)
