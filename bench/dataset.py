"""The benchmark dataset: the demo site plus ~10,000 fictional pages, built in bulk in about a minute.

    python -m bench.dataset            # full scale, against DATABASE_URL
    BENCH_SCALE=0.1 python -m bench.dataset

Every item `i` of a kind is drawn from its own seeded generator, and its page carries a
`translation_key` derived from (kind, i): running again finds what exists and only adds the
missing items, so a complete dataset is left untouched. Dates are relative to the day of
generation (sessions and events in the past and in the future).

Field values of each model are set in one place (the `*_page` and `*_rows` functions of
`bench/items.py`), so a model change costs one line there.
"""

import datetime
import os
import random
import sys
import time
import uuid
from dataclasses import dataclass, field

from bench.items import (
    COMPANY_EVERY,
    NAMESPACE,
    SEED,
    event_page,
    event_rows,
    offer_page,
    offer_rows,
    partner_page,
    partner_rows,
    session_signups,
    slugify,
    story_page,
    story_rows,
)

# Full-scale counts: over 10,000 searchable pages with the demo site.
COUNTS = {"partner": 5_500, "offer": 2_200, "event": 1_100, "story": 1_250}


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
    companies: list = field(default_factory=list)  # company partners' ids, as {"id": …}
    tags: dict = field(default_factory=dict)
    report: object = print


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
        if added:
            # Pages inserted in bulk send no signal: their stored dates are built here, in one go.
            from opportunities.agenda.stored_dates import rebuild_all

            with timings("dates des événements"):
                rebuild_all()
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
        rows = PartnerPage.objects.filter(pk__in=ids, kind=PartnerKind.COMPANY).values("id")
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
