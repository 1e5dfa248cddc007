"""A small hand-built programme: two territories, a few partners, offers, sign-ups and stories."""

import datetime

import pytest
from django.utils import timezone

from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory
from opportunities.offers.models import OfferType
from opportunities.signups.models import SignUp, SignUpStatus
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.kinds import PartnerKind
from portal.factories import TerritoryFactory
from portal.models import TerritoryKind
from steering.models import ProgrammeSettings
from steering.scope import Scope
from stories.consent.models import Contribution
from stories.factories import StoryIndexPageFactory, StoryPageFactory

IN_PERIOD = timezone.make_aware(datetime.datetime(2025, 3, 10, 10, 0))
LATER_IN_PERIOD = timezone.make_aware(datetime.datetime(2025, 5, 2, 10, 0))
BEFORE_PERIOD = timezone.make_aware(datetime.datetime(2024, 6, 1, 10, 0))


def sign_up(session, email, *, status=SignUpStatus.CONFIRMED, collegien=True, at=IN_PERIOD, age=14):
    signup = SignUp.objects.create(
        slot=session, status=status, first_name="Léa", last_name="Martin", age=age, is_collegien=collegien, email=email
    )
    SignUp.objects.filter(pk=signup.pk).update(created_at=at)
    return signup


def contribute(story, email, *, status=Contribution.Status.PUBLISHED, at=IN_PERIOD, age=17):
    return Contribution.objects.create(
        story=story, first_name="Léa", age=age, email=email, status=status, created_at=at
    )


def publish_at(page, at):
    type(page).objects.filter(pk=page.pk).update(first_published_at=at)


@pytest.fixture
def programme(home_page):
    """Who is in it, on purpose: duplicates, cancelled, waiting, a minor waiting for a parent, a draft story."""
    north = TerritoryFactory(name="Lauriers", kind=TerritoryKind.PILOT)
    arles = TerritoryFactory(name="Trébon", commune="Arles", kind=TerritoryKind.NEW)
    partners = PartnerIndexPageFactory(parent=home_page)
    company = PartnerPageFactory(parent=partners, title="Sud Logistique", kind=PartnerKind.COMPANY, territory=north)
    idle_company = PartnerPageFactory(parent=partners, title="Sans offre", kind=PartnerKind.COMPANY, territory=north)
    association = PartnerPageFactory(parent=partners, title="Asso", kind=PartnerKind.ASSOCIATION, territory=north)
    centre = PartnerPageFactory(
        parent=partners, title="Centre social", kind=PartnerKind.SOCIAL_CENTRE, territory=arles
    )
    town = PartnerPageFactory(parent=partners, title="Mairie", kind=PartnerKind.LOCAL_AUTHORITY, territory=arles)
    offers = OfferIndexPageFactory(parent=home_page)
    stage = OfferPageFactory(parent=offers, company=company, offer_type=OfferType.INTERNSHIP_3E, territory=north)
    visit = OfferPageFactory(parent=offers, company=company, offer_type=OfferType.COMPANY_VISIT, territory=arles)
    for page in (company, idle_company, association, centre, town, stage, visit):
        publish_at(page, IN_PERIOD)
    stage_session = OfferSessionFactory(page=stage, seats=3, date=datetime.date(2025, 3, 20))
    visit_session = OfferSessionFactory(page=visit, seats=10, date=datetime.date(2025, 5, 20))
    # Collégiens at the stage: Ana twice (two rows, e-mail in other case), Bilal, Chloé waiting, Dan cancelled.
    sign_up(stage_session, "ana@example.org")
    sign_up(visit_session, " ANA@example.org ", at=LATER_IN_PERIOD)
    sign_up(stage_session, "bilal@example.org")
    sign_up(stage_session, "chloe@example.org", status=SignUpStatus.WAITING)
    sign_up(stage_session, "dan@example.org", status=SignUpStatus.CANCELLED)
    sign_up(stage_session, "old@example.org", at=BEFORE_PERIOD)
    # Not a collégien, at the visit (Arles): a young person reached, not a collégien.
    sign_up(visit_session, "emma@example.org", collegien=False, age=19, at=LATER_IN_PERIOD)
    stories = StoryIndexPageFactory(parent=home_page)
    told = StoryPageFactory(parent=stories, territory=north)
    other = StoryPageFactory(parent=stories, territory=arles)
    draft = StoryPageFactory(parent=stories, territory=north, live=False)
    publish_at(told, IN_PERIOD)
    publish_at(other, LATER_IN_PERIOD)
    contribute(told, "bilal@example.org")  # already counted through his sign-up
    contribute(other, "farah@example.org")
    contribute(draft, "gabin@example.org", status=Contribution.Status.AWAITING_PARENT, age=13)
    settings = ProgrammeSettings.for_site(home_page.get_site())
    settings.period_start, settings.period_end = datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)
    settings.save()
    return {"north": north, "arles": arles, "settings": settings, "stage": stage_session, "visit": visit_session}


@pytest.fixture
def scope(programme):
    return Scope(start=datetime.date(2025, 1, 1), end=datetime.date(2025, 12, 31))
