"""Demo content of the partner directory: the map page and fictional partners on every territory."""

from partners_directory.demo_data import PARTNERS
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.models import PartnerIndexPage, PartnerPage
from portal.models import HomePage, Territory


def load(report):
    index = load_index()
    territories = {territory.slug: territory for territory in Territory.objects.all()}
    for slug, title, kind, territory, summary, address, postcode, commune, lat, lon in PARTNERS:
        if PartnerPage.objects.filter(slug=slug).exists():
            continue
        PartnerPageFactory(
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


def load_index():
    index = PartnerIndexPage.objects.first()
    if index:
        return index
    return PartnerIndexPageFactory(parent=HomePage.objects.first())
