""" "Pages les plus lues": views per page over one ISO week, by type of page, aggregates only."""

import datetime
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page

from audience.models import PageViewDay

PAGE_TYPES = {
    "histoires": ("Histoires", "stories.StoryPage"),
    "offres": ("Offres", "opportunities.OfferPage"),
    "partenaires": ("Partenaires", "partners_directory.PartnerPage"),
    "evenements": ("Agenda", "opportunities.EventPage"),
    "actualites": ("Actualités", "news.NewsPage"),
}
ALL = "toutes"
TOP = 50
WEEK_PATTERN = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True)
class Week:
    monday: datetime.date

    @classmethod
    def parse(cls, value):
        """The ISO week `2026-W47`, or the last complete week when `value` is empty or not a week."""
        match = WEEK_PATTERN.match(value or "")
        if match:
            try:
                return cls(datetime.date.fromisocalendar(int(match[1]), int(match[2]), 1))
            except ValueError:
                pass
        today = timezone.localdate()
        return cls(today - datetime.timedelta(days=today.weekday() + 7))

    @property
    def sunday(self):
        return self.monday + datetime.timedelta(days=6)

    @property
    def key(self):
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def number(self):
        return self.monday.isocalendar()[1]

    def shifted(self, weeks):
        return Week(self.monday + datetime.timedelta(weeks=weeks))


@dataclass(frozen=True)
class Row:
    rank: int
    page: Page
    type_label: str
    views: int
    previous_views: int

    @property
    def change(self):
        return self.views - self.previous_views


def type_choices():
    return [(ALL, "Toutes les pages suivies")] + [(key, label) for key, (label, _model) in PAGE_TYPES.items()]


def _content_types(type_key):
    labels = [model for _label, model in PAGE_TYPES.values()] if type_key == ALL else [PAGE_TYPES[type_key][1]]
    models = [apps.get_model(label) for label in labels]
    return ContentType.objects.get_for_models(*models, for_concrete_models=False)


def _totals(week, content_type_ids, page_ids=None):
    counters = PageViewDay.objects.filter(
        day__range=(week.monday, week.sunday), page__content_type_id__in=content_type_ids
    )
    if page_ids is not None:
        counters = counters.filter(page_id__in=page_ids)
    return counters.values("page_id").annotate(total=Sum("views")).order_by("-total", "page_id")


def most_read(week, type_key=ALL, top=TOP):
    """The `top` most read pages of the week, with the week before for comparison (four queries)."""
    content_types = _content_types(type_key)
    label_of = {
        content_types[apps.get_model(model)].pk: label
        for label, model in PAGE_TYPES.values()
        if apps.get_model(model) in content_types
    }
    totals = list(_totals(week, list(label_of))[:top])
    page_ids = [row["page_id"] for row in totals]
    previous = dict(_totals(week.shifted(-1), list(label_of), page_ids).values_list("page_id", "total"))
    pages = Page.objects.filter(pk__in=page_ids).only("title", "url_path", "content_type_id", "live").in_bulk()
    return [
        Row(
            rank,
            pages[row["page_id"]],
            label_of[pages[row["page_id"]].content_type_id],
            row["total"],
            previous.get(row["page_id"], 0),
        )
        for rank, row in enumerate(totals, start=1)
    ]


def weekly_totals(type_key=ALL, weeks=8, until=None):
    """Views per week over the last `weeks` weeks (oldest first), all pages of the type together."""
    until = until or Week.parse("")
    first = until.shifted(-(weeks - 1))
    content_type_ids = [ct.pk for ct in _content_types(type_key).values()]
    days = (
        PageViewDay.objects.filter(day__range=(first.monday, until.sunday), page__content_type_id__in=content_type_ids)
        .values("day")
        .annotate(total=Sum("views"))
    )
    totals = {first.shifted(n).monday: 0 for n in range(weeks)}
    for row in days:
        monday = row["day"] - datetime.timedelta(days=row["day"].weekday())
        totals[monday] = totals.get(monday, 0) + row["total"]
    return [(Week(monday), total) for monday, total in sorted(totals.items())]
