"""Demo history of the programme, so the steering figures look like a programme two years in.

Past sessions of the demo offers since the programme started, filled month after month with sign-ups
of fictional young people (more on the pilot sites, some coming back, a few cancelled or waiting),
and publication dates spread over the period for the stories, partners and offers already created.
Seeded and idempotent: nothing happens when the history is already there.
"""

import datetime
import random

from django.utils import timezone

from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage
from opportunities.signups.models import SignUp, SignUpStatus
from partners_directory.partner_page import PartnerPage
from portal.audiences import Audience
from portal.models import Territory, TerritoryKind
from steering.models import ProgrammeSettings
from stories.story_page import StoryPage

SEED = 2017
# Fictional addresses on the demo domain; the prefix tells the history apart (and makes loading idempotent).
EMAIL_PREFIX = "historique-"
# Young people each site can reach over the programme (pilot sites have run since 2017).
POOL = {TerritoryKind.PILOT: 420, TerritoryKind.NEW: 150}


def load(report):
    if SignUp.objects.filter(email__startswith=EMAIL_PREFIX).exists():
        return
    settings = ProgrammeSettings.objects.first()
    start = settings.period_start if settings else datetime.date(2024, 9, 1)
    rng = random.Random(SEED)
    spread_publication_dates(rng, start)
    add_past_sessions(rng, start)


def months_since(start):
    today = timezone.localdate()
    month = start.replace(day=1)
    while month < today.replace(day=1):
        yield month
        month = (month + datetime.timedelta(days=32)).replace(day=1)


def _moment(rng, month):
    day = month + datetime.timedelta(days=rng.randrange(27))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9 + rng.randrange(9), rng.randrange(60))))


def spread_publication_dates(rng, start):
    """Stories, partners and offers of the demo were all "published" today: date them over the programme."""
    months = list(months_since(start)) or [timezone.localdate().replace(day=1)]
    for model in (PartnerPage, OfferPage, StoryPage):
        for pk in model.objects.order_by("pk").values_list("pk", flat=True):
            # Partners joined early on, stories came later and steadily.
            weights = range(len(months), 0, -1) if model is PartnerPage else None
            month = rng.choices(months, weights=weights)[0]
            model.objects.filter(pk=pk).update(first_published_at=_moment(rng, month))


def _territory_of(offer):
    return offer.territory or (offer.place_partner.territory if offer.place_partner else None)


def add_past_sessions(rng, start):
    offers = list(OfferPage.objects.live().select_related("territory", "place_partner__territory"))
    fallback = list(Territory.objects.order_by("pk"))
    signups, dates = [], []
    for month in months_since(start):
        if month.month in (7, 8):  # companies and schools slow down over the summer
            continue
        for offer in offers:
            if rng.random() < 0.45:
                continue
            territory = _territory_of(offer) or rng.choice(fallback)
            session = OfferSession.objects.create(
                page=offer,
                date=month + datetime.timedelta(days=rng.randrange(3, 26)),
                start_time=datetime.time(9, 30),
                end_time=datetime.time(12, 0),
                seats=rng.choice([6, 8, 10, 12, 15]),
            )
            signups += _signups_for(rng, session, offer, territory)
            dates.append((session, _moment(rng, month)))
    SignUp.objects.bulk_create(signups, batch_size=500)
    # `auto_now_add` ignores the dates given: set them afterwards, session by session.
    for session, moment in dates:
        SignUp.objects.for_slot(session).update(created_at=min(moment, timezone.now()))


def _signups_for(rng, session, offer, territory):
    collegiens = offer.audience == Audience.COLLEGIENS_3E
    pool = POOL.get(territory.kind, 150)
    demand = rng.randint(session.seats // 2, session.seats + 3)
    who = "college" if collegiens else "jeune"
    rows = []
    for rank in range(demand):
        person = rng.randrange(pool)
        status = SignUpStatus.CONFIRMED if rank < session.seats else SignUpStatus.WAITING
        if rng.random() < 0.06:
            status = SignUpStatus.CANCELLED
        rows.append(
            SignUp(
                slot=session,
                status=status,
                first_name="Jeune",
                last_name=f"{territory.slug[:3].upper()}{person}",
                age=14 if collegiens else 16 + person % 10,
                is_collegien=collegiens,
                email=f"{EMAIL_PREFIX}{who}-{territory.slug}-{person}@impact-jeunes.example",
            )
        )
    return rows
