"""Demo audience: eight weeks of daily views for the stories, offers, partners and news (seeded, fictional)."""

import datetime
import random

from django.utils import timezone
from wagtail.models import Page

from audience.models import PageViewDay
from audience.report import PAGE_TYPES

WEEKS = 8
SEED = 2026


def load(report):
    if PageViewDay.objects.exists():
        return
    rng = random.Random(SEED)
    today = timezone.localdate()
    models = [model.split(".")[1].lower() for _label, model in PAGE_TYPES.values()]
    pages = list(
        Page.objects.live().filter(content_type__model__in=models).order_by("pk").values_list("pk", flat=True)
    )
    counters = []
    for page_id in pages:
        popularity = rng.choice([1, 2, 3, 5, 8, 13])
        for day in range(WEEKS * 7):
            views = max(0, int(rng.gauss(popularity, popularity / 2)))
            if views:
                counters.append(PageViewDay(page_id=page_id, day=today - datetime.timedelta(days=day), views=views))
    PageViewDay.objects.bulk_create(counters, batch_size=500)
