"""A small but complete public site for the browser tests: every page type, a few of each."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from neighbourhoods.factories import BoosterFactory, NeighbourhoodIndexPageFactory
from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory
from opportunities.models import EventCategory, OfferType
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory, in_days
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.models import PartnerKind
from portal import demo as portal_demo
from portal.audiences import Audience
from portal.dates import PARIS
from portal.factories import TerritoryFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory


@dataclass
class TestSite:
    home: object
    stories: object
    story: object
    offers: object
    stage: object
    stage_session: object
    agenda: object
    event: object
    partners: object
    company: object
    association: object
    malpasse: object


def build_site():
    """Home, editorial pages and site settings as the demo builds them, then a few pages of each type."""
    malpasse = TerritoryFactory(slug="malpasse", name="Malpassé", commune="Marseille")
    ferrages = TerritoryFactory(
        slug="ferrages", name="Ferrages", commune="Tarascon", postcode="13150", insee_code="13108"
    )
    home = portal_demo.load_home_page()
    portal_demo.load_standard_pages(home)
    portal_demo.load_site_settings(home)
    portal_demo.load_accessibility_settings(home)

    partners = PartnerIndexPageFactory(parent=home)
    company = PartnerPageFactory(
        parent=partners,
        title="Boulangerie Martin",
        kind=PartnerKind.COMPANY,
        summary="Boulangerie artisanale du quartier : pains, viennoiseries, pâtisseries.",
        territory=malpasse,
    )
    association = PartnerPageFactory(
        parent=partners,
        title="Mission locale Nord",
        kind=PartnerKind.MISSION_LOCALE,
        summary="Conseillers pour les 16–25 ans : emploi, formation, logement.",
        territory=malpasse,
        latitude=Decimal("43.331000"),
        longitude=Decimal("5.421000"),
    )
    for number, (lat, lon) in enumerate([("43.330100", "5.418900"), ("43.806500", "4.660100")], start=1):
        PartnerPageFactory(
            parent=partners,
            title=f"Centre social {number}",
            kind=PartnerKind.SOCIAL_CENTRE,
            territory=ferrages if number == 2 else malpasse,
            latitude=Decimal(lat),
            longitude=Decimal(lon),
        )

    offers = OfferIndexPageFactory(parent=home)
    stage = OfferPageFactory(
        parent=offers,
        title="Une semaine au fournil",
        offer_type=OfferType.INTERNSHIP_3E,
        audience=Audience.COLLEGIENS_3E,
        company=company,
        summary="Pétrir, façonner, cuire : la semaine d'observation de 3e chez un artisan boulanger.",
    )
    stage_session = OfferSessionFactory(page=stage, date=in_days(12), seats=4)
    visit = OfferPageFactory(parent=offers, title="Visite de la plateforme logistique", company=company)
    OfferSessionFactory(page=visit, date=in_days(5), seats=12)

    agenda = EventIndexPageFactory(parent=home)
    start = (datetime.datetime.now(PARIS) + datetime.timedelta(days=3)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    event = EventPageFactory(
        parent=agenda,
        title="Atelier CV au centre social",
        category=EventCategory.CV_WORKSHOP,
        start=start,
        end=start + datetime.timedelta(hours=2),
        signup_enabled=True,
        seats=8,
    )
    EventPageFactory(parent=agenda, title="Forum emploi des quartiers Nord", category=EventCategory.JOB_FAIR)

    stories = StoryIndexPageFactory(parent=home)
    story = StoryPageFactory(parent=stories, title="Inès a trouvé sa voie dans la boulangerie", territory=malpasse)
    StoryPageFactory(parent=stories, title="Karim code en alternance", first_name="Karim", territory=ferrages)

    NeighbourhoodIndexPageFactory(parent=home)
    BoosterFactory(territory=malpasse, name="Nadia Belkacem", permanence_event=event)

    return TestSite(
        home=home,
        stories=stories,
        story=story,
        offers=offers,
        stage=stage,
        stage_session=stage_session,
        agenda=agenda,
        event=event,
        partners=partners,
        company=company,
        association=association,
        malpasse=malpasse,
    )
