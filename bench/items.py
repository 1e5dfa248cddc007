"""Field values of the benchmark's items: the n-th partner, offer, event or story, drawn from its own generator.

One function per model (`*_page` for the page, `*_rows` for what hangs under it), so a model change
costs one line here; `bench/dataset.py` builds them in bulk.
"""

import datetime
import json
import uuid
from decimal import Decimal

SEED = 2026
NAMESPACE = uuid.UUID("5f0c2b1e-7a43-4c55-9d6e-0b3e1c0a2026")
RECURRING_SHARE = 10  # one event in ten repeats
COMPANY_EVERY = 5  # one partner in five is a company (offers need companies)


def partner_page(number, rng, ctx):
    from bench import words
    from partners_directory import vocabularies
    from partners_directory.models import PartnerKind, PartnerPage

    kinds = [kind for kind in PartnerKind.values if kind != PartnerKind.COMPANY]
    kind = PartnerKind.COMPANY if number % COMPANY_EVERY == 0 else rng.choice(kinds)
    territory = rng.choice(ctx.territories)
    place = rng.choice(words.PLACE_NAMES)
    title = f"{rng.choice(words.PARTNER_NAME_PARTS[kind])} {place}"
    themes = [key for key, _label in vocabularies.THEME_CHOICES]
    return PartnerPage(
        title=title,
        slug=slug_for(title, number),
        kind=kind,
        summary=rng.choice(words.PARTNER_SUMMARIES),
        description=f"<p>{rng.choice(words.PARTNER_SUMMARIES)} {rng.choice(words.PARTNER_SUMMARIES)}</p>",
        themes=rng.sample(themes, rng.randint(1, 4)),
        publics=rng.sample(["jeunes", "residents-qpv-frr", "demandeurs-emploi", "etudiants", "familles"], 2),
        territory=territory,
        address=f"{rng.randint(1, 120)} {rng.choice(words.STREETS)}",
        postcode=territory.postcode,
        commune=territory.commune,
        latitude=jitter(territory.latitude, rng),
        longitude=jitter(territory.longitude, rng),
        phone=f"04 65 71 {rng.randint(10, 99)} {rng.randint(10, 99)}",
        email=f"contact-{number + 1}@impact-jeunes.example",
        opening_hours=rng.choice(["Mo-Fr 09:00-12:30,13:30-17:00", "Tu,Th 14:00-18:00", "Mo-Sa 08:30-12:00"]),
    )


def partner_rows(page, number, rng, ctx):
    from bench import words
    from partners_directory import vocabularies
    from partners_directory.models import PartnerService

    service_types = [key for key, _label in vocabularies.SERVICE_TYPE_CHOICES]
    return [
        PartnerService(
            partner=page,
            sort_order=position,
            name=rng.choice(words.SERVICE_NAMES),
            service_type=rng.choice(service_types),
            themes=page.themes[:2],
            publics=page.publics,
            reception_modes=["en-presentiel"],
            description=rng.choice(words.PARTNER_SUMMARIES),
        )
        for position in range(rng.randint(1, 3))
    ]


def offer_page(number, rng, ctx):
    from bench import words
    from opportunities.models import OfferPage, OfferType
    from portal.audiences import Audience
    from portal.sectors import Sector

    # The dated types only (emploi, alternance and parrainage have no sessions): the same choices as before them.
    offer_type = rng.choice([value for value in OfferType.values if value in words.OFFER_TITLES])
    trade = rng.choice(words.TRADES)
    title = f"{words.OFFER_TITLES[offer_type]} le métier de {trade}"
    company = ctx.companies[number % len(ctx.companies)]
    return OfferPage(
        title=title,
        slug=slug_for(title, number),
        offer_type=offer_type,
        company_id=company["id"],
        sector=rng.choice(Sector.values),
        audience=Audience.COLLEGIENS_3E if offer_type == OfferType.INTERNSHIP_3E else rng.choice(Audience.values),
        summary=f"Découvre le métier de {trade} avec une équipe qui aime transmettre.",
        description=f"<p>Accueil, présentation du métier de {trade}, visite et questions-réponses.</p>",
        what_to_bring="Une pièce d'identité et de quoi noter.",
        contact=f"Accueil de l'entreprise, 04 65 71 {rng.randint(10, 99)} {rng.randint(10, 99)}",
        notification_email=f"offres-{number + 1}@impact-jeunes.example",
        # As OfferPage.save() would: the offer takes place at its company's, whose address is read live.
        place_partner_id=company["id"],
    )


def offer_rows(page, number, rng, ctx):
    """1 to 5 sessions (3 on average) between four months ago and eight months ahead."""
    from opportunities.models import OfferSession

    sessions = []
    for position in range(rng.randint(1, 5)):
        day = ctx.today + datetime.timedelta(days=rng.randint(-120, 240))
        start = datetime.time(rng.choice([9, 10, 14]), rng.choice([0, 30]))
        sessions.append(
            OfferSession(
                page=page,
                sort_order=position,
                date=day,
                start_time=start,
                end_time=datetime.time(start.hour + 2, start.minute),
                seats=rng.randint(3, 12),
                cancelled=rng.random() < 0.03,
            )
        )
    return sessions


def session_signups(session, rng):
    """Sign-ups of one session: about one future session in six is full, the others partly taken."""
    from opportunities.models import SignUp

    taken = session.seats if rng.random() < 0.17 else rng.randint(0, session.seats // 2)
    return [
        SignUp(
            slot=session,
            first_name=rng.choice(["Yanis", "Lina", "Bilal", "Aya", "Nolan"]),
            last_name="Exemple",
            age=rng.randint(14, 25),
            is_collegien=rng.random() < 0.4,
            email=f"inscription-{session.pk}-{n}@impact-jeunes.example",
            cancel_token=f"bench-{session.pk}-{n}-{rng.getrandbits(64):x}",
        )
        for n in range(taken)
    ]


def event_page(number, rng, ctx):
    from bench import words
    from opportunities.agenda.recurrence import Frequency
    from opportunities.models import EventCategory, EventPage
    from portal.audiences import Audience
    from portal.dates import PARIS

    recurring = number % RECURRING_SHARE == 0
    partners = ctx.ids["partner"]
    host = partners[rng.randrange(len(partners))]
    if recurring and (number // RECURRING_SHARE) % 2:
        category, frequency, week = EventCategory.JOB_DROP_IN, Frequency.WEEKLY, None
        first = ctx.today - datetime.timedelta(days=rng.randint(0, 60))
        start = datetime.datetime.combine(first, datetime.time(9, 30), tzinfo=PARIS)
        length = datetime.timedelta(hours=2, minutes=30)
    elif recurring:
        category, frequency, week = EventCategory.INFO_SESSION, Frequency.MONTHLY_BY_WEEKDAY, 1
        start = datetime.datetime.combine(first_thursday(ctx.today, rng.randint(0, 3)), datetime.time(14), PARIS)
        length = datetime.timedelta(hours=3)
    else:
        category, frequency, week = rng.choice(EventCategory.values), Frequency.ONCE, None
        day = ctx.today + datetime.timedelta(days=rng.randint(-90, 180))
        start = datetime.datetime.combine(day, datetime.time(rng.choice([9, 10, 14, 16])), PARIS)
        length = datetime.timedelta(hours=rng.choice([2, 3, 4]))
    at_partner = rng.random() < 0.5
    place = rng.choice(words.PLACE_NAMES)
    title = f"{words.EVENT_TITLES[category]} {place}"
    territory = rng.choice(ctx.territories)
    with_seats = rng.random() < 0.3
    return EventPage(
        title=title,
        slug=slug_for(title, number),
        category=category,
        summary=f"{words.EVENT_TITLES[category]} ouvert aux jeunes du quartier {place} : viens avec tes questions.",
        description="<p>Conseillers et employeurs répondent à tes questions sur les métiers qui recrutent.</p>",
        start=start,
        end=start + length,
        frequency=frequency,
        week_of_month=week,
        repeat_until=ctx.today + datetime.timedelta(days=rng.randint(120, 365)) if recurring else None,
        place_partner_id=host if at_partner else None,
        organiser_id=partners[rng.randrange(len(partners))],
        venue_name="" if at_partner else f"Maison de quartier {place}",
        address="" if at_partner else f"{rng.randint(1, 80)} {rng.choice(words.STREETS)}",
        postcode="" if at_partner else territory.postcode,
        commune="" if at_partner else territory.commune,
        territory=None if at_partner else territory,
        audience=rng.choice(Audience.values),
        signup_enabled=with_seats,
        seats=rng.randint(10, 40) if with_seats else None,
    )


def event_rows(page, number, rng, ctx):
    """A repeating event has one to three of its coming dates cancelled."""
    from opportunities.agenda import recurrence
    from opportunities.models import EventDateChange
    from portal.dates import PARIS

    if not page.is_recurring:
        return []
    window_start = datetime.datetime.combine(ctx.today, datetime.time.min, PARIS)
    coming = recurrence.rule_starts(page.rrule, page.start, window_start, window_start + datetime.timedelta(days=120))
    cancelled = rng.sample(coming, min(len(coming), rng.randint(1, 3)))
    return [
        EventDateChange(page=page, sort_order=position, date=start.date(), note="Annulé : salle indisponible.")
        for position, start in enumerate(sorted(cancelled))
    ]


def story_page(number, rng, ctx):
    from bench import words
    from portal.sectors import Sector
    from stories.choices import Outcome, Profile
    from stories.models import StoryPage

    first_name = rng.choice(words.FIRST_NAMES)
    title = f"{first_name} : {rng.choice(words.STORY_OPENINGS).lower()} {rng.choice(words.STORY_DESTINATIONS)}"
    image = rng.choice(ctx.images) if ctx.images and rng.random() < 0.8 else None
    paragraphs = rng.sample(words.STORY_PARAGRAPHS, rng.randint(2, 4))
    body = [block(number, n, "paragraph", f"<p>{text}</p>") for n, text in enumerate(paragraphs)]
    quote = {"quote": rng.choice(words.QUOTES), "attribution": first_name}
    body.insert(1, block(number, len(body), "quote", quote))
    return StoryPage(
        title=title,
        slug=slug_for(title, number),
        first_name=first_name,
        age=rng.randint(14, 29),
        territory=rng.choice(ctx.territories),
        profile=rng.choice(Profile.values),
        outcome=rng.choice(Outcome.values),
        sector=rng.choice(Sector.values),
        summary=f"{first_name} raconte comment un métier est devenu un projet, pas à pas, près de chez soi.",
        body=json.dumps(body),
        main_image=image,
        main_image_alt="Illustration abstraite aux couleurs du programme." if image else "",
        date_published=ctx.today - datetime.timedelta(days=rng.randint(0, 3 * 365)),
        featured=number < 6,
    )


def story_rows(page, number, rng, ctx):
    """Tags and the partners, offers and events of the path."""
    from bench import words
    from stories.models import StoryPathStep, StoryTag

    steps = []
    for position, kind in enumerate(rng.sample(["partner", "offer", "event"], rng.randint(1, 3))):
        ids = ctx.ids[kind]
        steps.append(
            StoryPathStep(story=page, sort_order=position, page_id=ids[rng.randrange(len(ids))], role="m'a aidé")
        )
    tags = [StoryTag(content_object=page, tag=ctx.tags[name]) for name in rng.sample(words.TAGS, rng.randint(1, 3))]
    return steps + tags


# --- Small helpers --------------------------------------------------------------------------------------


def slugify(text):
    from django.utils.text import slugify as django_slugify

    return django_slugify(text)


def slug_for(title, number):
    return f"{slugify(title)[:60].rstrip('-')}-{number + 1}"


def block(number, position, block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid5(NAMESPACE, f"block:{number}:{position}"))}


def jitter(value, rng):
    return (Decimal(value) + Decimal(rng.uniform(-0.015, 0.015))).quantize(Decimal("0.000001"))


def first_thursday(today, months_back):
    year, month = today.year, today.month - months_back
    while month < 1:
        year, month = year - 1, month + 12
    day = datetime.date(year, month, 1)
    return day + datetime.timedelta(days=(3 - day.weekday()) % 7)
