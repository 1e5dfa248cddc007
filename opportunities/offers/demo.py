"""Demo offers: ~20 fictional offers of the demo companies, sessions over the coming weeks, a few sign-ups.

Idempotent: an offer whose slug exists is left as it is (with its sessions and sign-ups).
"""

import datetime
import itertools

from django.utils import timezone

from opportunities.offers.demo_data import FIRST_NAMES, LAST_NAMES, OFFERS, SCHOOLS
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory
from opportunities.offers.index_page import OfferIndexPage
from opportunities.offers.models import OfferType
from opportunities.offers.offer_page import OfferPage
from opportunities.signups.factories import SignUpFactory
from opportunities.signups.models import Consent, SignUpStatus
from partners_directory.models import PartnerPage
from portal.audiences import Audience
from portal.models import HomePage

ACCESSIBILITY = "Lieu accessible en fauteuil roulant. Dis-nous dans ton message si tu as besoin d'un aménagement."


def load(report):
    index = load_index()
    if index is None:
        return
    companies = {partner.slug: partner for partner in PartnerPage.objects.filter(kind="company")}
    people = itertools.count()
    for data in OFFERS:
        company = companies.get(data["company"])
        if company is None or OfferPage.objects.filter(slug=data["slug"]).exists():
            continue
        offer = OfferPageFactory(
            parent=index,
            slug=data["slug"],
            title=data["title"],
            offer_type=data["type"],
            company=company,
            sector=data["sector"],
            audience=data["audience"],
            summary=data["summary"],
            description=data["description"],
            what_to_bring=data["bring"],
            accessibility=ACCESSIBILITY,
            contact="Ton booster territorial Impact Jeunes, ou l'accueil de l'entreprise le jour même.",
            notification_email=f"{data['company']}@impact-jeunes.example",
            address="",
            postcode="",
            commune="",
            **data.get("details", {}),
        )
        for number, (days, start, end, seats, signups) in enumerate(data["sessions"]):
            first_day = weekday_in(days)
            week_long = offer.offer_type == OfferType.INTERNSHIP_3E
            if week_long:  # a stage de 3e runs Monday to Friday
                first_day -= datetime.timedelta(days=first_day.weekday())
                first_day += datetime.timedelta(days=7) if first_day <= datetime.date.today() else datetime.timedelta()
            session = OfferSessionFactory(
                page=offer,
                date=first_day,
                end_date=first_day + datetime.timedelta(days=4) if week_long else None,
                start_time=datetime.time.fromisoformat(start),
                end_time=datetime.time.fromisoformat(end),
                seats=seats,
            )
            if offer.takes_class_bookings and number == 0 and seats >= 20:
                add_class_booking(session, seats // 2)
            for rank in range(signups):
                add_signup(
                    session, next(people), waiting=rank >= seats, collegien=offer.audience == Audience.COLLEGIENS_3E
                )


def weekday_in(days):
    """Companies open on weekdays: a date falling on a weekend moves to the Monday after."""
    day = datetime.date.today() + datetime.timedelta(days=days)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def add_class_booking(session, headcount):
    """A teacher's booking for a class (shown to the company as one row taking `headcount` seats)."""
    SignUpFactory(
        slot=session,
        is_class_booking=True,
        headcount=headcount,
        age=0,
        first_name="Claire",
        last_name="Professeure",
        email="professeure.demo@impact-jeunes.example",
        school=SCHOOLS[0],
        school_class="3e C",
        is_collegien=True,
    )


def add_signup(session, number, waiting, collegien):
    minor = collegien or number % 3 == 0
    # Most parents have agreed; every fifth minor's seat still waits for an answer.
    pending = minor and not waiting and number % 5 == 0
    now = timezone.now()
    status = {True: SignUpStatus.WAITING, False: SignUpStatus.CONFIRMED}[waiting]
    status = SignUpStatus.PENDING if pending else status
    SignUpFactory(
        slot=session,
        status=status,
        consent=Consent.GIVEN if minor and not pending else "",
        consent_requested_at=now if minor else None,
        consent_answered_at=now if minor and not pending else None,
        hold_until=now + datetime.timedelta(hours=48) if pending else None,
        parent_email="parent.demo@impact-jeunes.example" if minor else "",
        first_name=FIRST_NAMES[number % len(FIRST_NAMES)],
        last_name=LAST_NAMES[number % len(LAST_NAMES)],
        age=14 if collegien else (16 if minor else 19 + number % 6),
        is_collegien=collegien,
        school=SCHOOLS[number % len(SCHOOLS)] if collegien else "",
        school_class="3e A" if collegien else "",
        email=f"inscrit{number}@impact-jeunes.example",
        parent_name="Parent Demo" if minor else "",
        parent_phone="06 00 00 00 00" if minor else "",
    )


def load_index():
    index = OfferIndexPage.objects.first()
    if index:
        return index
    home = HomePage.objects.first()
    return OfferIndexPageFactory(parent=home) if home else None
