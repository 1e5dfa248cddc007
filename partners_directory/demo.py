"""Demo content of the partner directory: the map page and fictional partners on every territory."""

from partners_directory.demo_data import PARTNERS
from partners_directory.demo_details import details_for
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.index_page import PartnerIndexPage
from partners_directory.partner_page import PartnerPage, PartnerService
from portal.models import HomePage, Territory


def load(report):
    index = load_index()
    territories = {territory.slug: territory for territory in Territory.objects.all()}
    for number, row in enumerate(PARTNERS):
        slug, title, kind, territory, summary, address, postcode, commune, lat, lon = row
        page = PartnerPage.objects.filter(slug=slug).first()
        if page is None:
            page = PartnerPageFactory(
                parent=index,
                slug=slug,
                title=title,
                kind=kind,
                territory=territories.get(territory),
                summary=summary,
                address=address,
                postcode=postcode,
                commune=commune,
                latitude=lat,
                longitude=lon,
            )
        if not page.services.exists():
            add_details(page, details_for(kind, number))


def add_details(page, details):
    """Contact, hours, themes and services, published as a revision (pages made before these fields too)."""
    services = details.pop("services")
    for name, value in details.items():
        setattr(page, name, value)
    page.email = f"{page.slug}@impact-jeunes.example"
    page.services = [PartnerService(**service) for service in services]
    page.save_revision().publish()


def load_index():
    index = PartnerIndexPage.objects.first()
    if index:
        return index
    return PartnerIndexPageFactory(parent=HomePage.objects.first())
