"""The benchmark dataset: the demo site plus ~10,000 fictional pages, built in bulk in about a minute.

    python -m bench.dataset            # full scale, against DATABASE_URL
    BENCH_SCALE=0.1 python -m bench.dataset

Every item `i` of a kind is drawn from its own seeded generator, and its page carries a
`translation_key` derived from (kind, i): running again finds what exists and only adds the
missing items, so a complete dataset is left untouched. Dates are relative to the day of
generation (sessions and events in the past and in the future).

Field values of each model are set in one place (the `*_page` and `*_rows` functions below),
so a model change costs one line here.
"""

import datetime
import json
import os
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

SEED = 2026
NAMESPACE = uuid.UUID("5f0c2b1e-7a43-4c55-9d6e-0b3e1c0a2026")

# Full-scale counts: over 10,000 searchable pages with the demo site.
COUNTS = {"partner": 5_500, "offer": 2_200, "event": 1_100, "story": 1_250}
RECURRING_SHARE = 10  # one event in ten repeats
COMPANY_EVERY = 5  # one partner in five is a company (offers need companies)


def counts_for(scale):
    return {kind: max(1, round(count * scale)) for kind, count in COUNTS.items()}


def item_key(kind, number):
    return uuid.uuid5(NAMESPACE, f"{kind}:{number}")


def rng_for(kind, number):
    return random.Random(f"{SEED}:{kind}:{number}")


@dataclass
class Context:
    """What the kinds built so far give the next ones: page ids by item number, territories, images."""

    today: datetime.date
    territories: list
    images: list
    ids: dict = field(default_factory=dict)  # kind -> page ids in item order
    companies: list = field(default_factory=list)  # company partners' id and place
    tags: dict = field(default_factory=dict)
    report: object = print


# --- Field values -------------------------------------------------------------------------------------


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

    offer_type = rng.choice(OfferType.values)
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
        # As OfferPage.save() would: the place is the company's.
        address=company["address"],
        postcode=company["postcode"],
        commune=company["commune"],
        latitude=company["latitude"],
        longitude=company["longitude"],
        territory_id=company["territory_id"],
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


# --- Building -----------------------------------------------------------------------------------------


@dataclass
class Kind:
    key: str
    label: str
    page: object
    rows: object
    index: object  # () -> the parent page


def kinds():
    return [
        Kind("partner", "partenaires", partner_page, partner_rows, partner_index),
        Kind("offer", "offres", offer_page, offer_rows, offer_index),
        Kind("event", "événements", event_page, event_rows, event_index),
        Kind("story", "histoires", story_page, story_rows, story_index),
    ]


def build(scale=1.0, demo=True, report=print):
    """Build (or complete) the dataset at `scale`; returns {kind: number of items} and whether anything changed."""
    from django.db import transaction
    from django.utils import timezone

    from bench.page_tree import tree_problems

    wanted = counts_for(scale)
    timings = Timings(report)
    with transaction.atomic():
        if demo:
            with timings("site de démonstration"):
                load_demo_base()
        ctx = Context(today=timezone.localdate(), territories=load_territories(), images=[], report=report)
        added = {}  # model -> ids of the pages created now
        for kind in kinds():
            with timings(f"{wanted[kind.key]} {kind.label}"):
                created = build_kind(kind, wanted[kind.key], ctx)
                if created:
                    added[type(created[0])] = [page.pk for page in created]
        problems = tree_problems()
        if problems:
            raise RuntimeError(f"page tree broken: {problems}")
    if any(added.values()):
        with timings("index de recherche"):
            index_pages(added)
    with timings("statistiques du planificateur SQL"):
        analyze()
    check_counts(wanted)
    timings.total()
    return wanted, any(added.values())


def build_kind(kind, wanted, ctx):
    from wagtail.models import Page

    """Create the missing items of a kind; returns the pages created."""
    keys = {item_key(kind.key, number): number for number in range(wanted)}
    existing = dict(Page.objects.filter(translation_key__in=keys).values_list("translation_key", "id"))
    missing = [number for key, number in keys.items() if key not in existing]
    prepare(kind.key, ctx)
    created = []
    if not missing:
        ctx.report(f"  {kind.label} : {wanted} déjà là")
    else:
        ctx.report(f"  {kind.label} : {len(existing)} déjà là, {len(missing)} à créer")
        created = create_items(kind, missing, ctx)
        existing.update({page.translation_key: page.pk for page in created})
    ctx.ids[kind.key] = [existing[item_key(kind.key, number)] for number in range(wanted)]
    return created


def create_items(kind, numbers, ctx):
    from bench.page_tree import add_children

    generators = {number: rng_for(kind.key, number) for number in numbers}
    pages = []
    for number in numbers:
        page = kind.page(number, generators[number], ctx)
        page.translation_key = item_key(kind.key, number)
        pages.append(page)
    add_children(kind.index(), pages, published_at=published_at)
    rows = []
    for number, page in zip(numbers, pages, strict=True):
        rows += kind.rows(page, number, generators[number], ctx)
    save_rows(rows)
    if kind.key == "offer":
        add_signups(rows, ctx)
    return pages


def save_rows(rows):
    """Bulk-create rows of several models, one statement batch per model."""
    by_model = {}
    for row in rows:
        by_model.setdefault(type(row), []).append(row)
    for model, objects in by_model.items():
        model.objects.bulk_create(objects, batch_size=1000)


def add_signups(sessions, ctx):
    from opportunities.models import SignUp

    signups = []
    for session in sessions:
        if session.date >= ctx.today and not session.cancelled:
            rng = random.Random(f"{SEED}:signups:{session.page.translation_key}:{session.sort_order}")
            signups += session_signups(session, rng)
    SignUp.objects.bulk_create(signups, batch_size=1000)


def prepare(kind, ctx):
    """What a kind needs from the ones built before it."""
    if kind == "offer":
        from partners_directory.models import PartnerKind, PartnerPage

        ids = ctx.ids["partner"][::COMPANY_EVERY]
        rows = PartnerPage.objects.filter(pk__in=ids, kind=PartnerKind.COMPANY).values(
            "id", "address", "postcode", "commune", "latitude", "longitude", "territory_id"
        )
        by_id = {row["id"]: row for row in rows}
        ctx.companies = [by_id[pk] for pk in ids if pk in by_id]
    elif kind == "story":
        from taggit.models import Tag

        from bench import words

        ctx.images = story_images()
        for name in words.TAGS:
            Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})
        ctx.tags = {tag.name: tag for tag in Tag.objects.filter(name__in=words.TAGS)}


def published_at(page):
    """Stories are published on their date; other pages over the last year."""
    from django.utils import timezone

    day = getattr(page, "date_published", None)
    if day is None:
        offset = rng_for("published", str(page.translation_key)).randint(0, 365)
        return timezone.now() - datetime.timedelta(days=offset)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


# --- Parents, base content, index ----------------------------------------------------------------------


def load_demo_base():
    """The demo site (territories, home, settings, demo stories and partners) on a fresh database."""
    from django.core.management import call_command

    from portal.models import HomePage

    if not HomePage.objects.exists():
        call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def load_territories():
    from portal.demo import load_territories
    from portal.models import Territory

    load_territories()
    return list(Territory.objects.order_by("slug"))


def home():
    from portal.models import HomePage

    return HomePage.objects.order_by("path").first()


def partner_index():
    from partners_directory.factories import PartnerIndexPageFactory
    from partners_directory.models import PartnerIndexPage

    return PartnerIndexPage.objects.first() or PartnerIndexPageFactory(parent=home())


def offer_index():
    from opportunities.models import OfferIndexPage
    from opportunities.offers.factories import OfferIndexPageFactory

    return OfferIndexPage.objects.first() or OfferIndexPageFactory(parent=home())


def event_index():
    from opportunities.agenda.factories import EventIndexPageFactory
    from opportunities.models import EventIndexPage

    return EventIndexPage.objects.first() or EventIndexPageFactory(parent=home())


def story_index():
    from stories.factories import StoryIndexPageFactory
    from stories.models import StoryIndexPage

    return StoryIndexPage.objects.first() or StoryIndexPageFactory(parent=home())


def story_images():
    """The demo's illustrations, or a few drawn ones when the demo was not loaded."""
    from wagtail.images import get_image_model

    from portal.demo_images import demo_image

    images = list(get_image_model().objects.order_by("pk")[:24])
    return images or [demo_image(f"Illustration de banc d'essai {n}", seed=f"bench-{n}") for n in range(3)]


def index_pages(added):
    """Add the new pages to the search index with the backend's bulk add, in parallel on PostgreSQL.

    Building the index entries is Python work (about 7 ms a page), so two processes halve it;
    SQLite allows one writer at a time, so it is done in this process there.
    """
    import multiprocessing

    from django.db import connection, connections

    jobs = [
        (model._meta.label, ids[start : start + 500])
        for model, ids in added.items()
        for start in range(0, len(ids), 500)
    ]
    processes = min(os.cpu_count() or 1, 4)
    # Other processes would not see pages of a transaction still open (in tests, for one).
    alone = connection.vendor != "postgresql" or connection.in_atomic_block
    if alone or processes < 2 or len(jobs) < 2:
        for job in jobs:
            index_chunk(job)
        return
    connections.close_all()  # each forked process opens its own connection
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(index_chunk, jobs)


def index_chunk(job):
    from django.apps import apps
    from modelsearch.backends import get_search_backend

    label, ids = job
    model = apps.get_model(label)
    backend = get_search_backend()
    objects = list(model.get_indexed_objects().filter(pk__in=ids).order_by("pk"))
    backend.get_index_for_model(model).add_items(model, objects)


def analyze():
    """Refresh the planner's statistics: after a bulk load PostgreSQL still believes the page table is
    nearly empty and picks nested loops that make a listing take seconds (Wagtail's `public()`
    anti-join, for one). A production database has them from autovacuum."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def check_counts(wanted):
    """Every generated page is live, public and of the right type."""
    from wagtail.models import Page

    from opportunities.models import EventPage, OfferPage
    from partners_directory.models import PartnerPage
    from stories.models import StoryPage

    models = {"partner": PartnerPage, "offer": OfferPage, "event": EventPage, "story": StoryPage}
    for kind, model in models.items():
        keys = [item_key(kind, number) for number in range(wanted[kind])]
        found = Page.objects.live().public().type(model).filter(translation_key__in=keys).count()
        if found != wanted[kind]:
            raise RuntimeError(f"{kind}: {found} live pages instead of {wanted[kind]}")


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


class Timings:
    def __init__(self, report):
        self.report = report
        self.started = time.monotonic()

    def __call__(self, label):
        return _Step(self.report, label)

    def total(self):
        self.report(f"Jeu de données prêt en {time.monotonic() - self.started:.1f} s")


class _Step:
    def __init__(self, report, label):
        self.report, self.label = report, label

    def __enter__(self):
        self.started = time.monotonic()

    def __exit__(self, *exc):
        if exc[0] is None:
            self.report(f"{self.label} : {time.monotonic() - self.started:.1f} s")


def main():
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    django.setup()
    scale = float(os.environ.get("BENCH_SCALE", "1"))
    print(f"Jeu de données du banc d'essai (échelle {scale}) : {counts_for(scale)}")
    build(scale)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
