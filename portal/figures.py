"""The programme's key figures, counted live against its targets (seed 000, "Objectifs")."""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Q

from portal.visibility import visible


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: str
    target: int
    value: int

    @property
    def percent(self):
        if not self.target:
            return 0
        return min(100, round(100 * self.value / self.target))


def _model(label):
    """A model of a later issue may not exist yet: its figure then counts 0."""
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def published_stories():
    model = _model("stories.StoryPage")
    return visible(model.objects.all()).count() if model else 0


def partners_by_kind(*kinds):
    """Published partners of each kind, counted in one query."""
    model = _model("partners_directory.PartnerPage")
    if not model:
        return dict.fromkeys(kinds, 0)
    return visible(model.objects.all()).aggregate(**{kind: Count("pk", filter=Q(kind=kind)) for kind in kinds})


# Counts defined by the app that owns the data, registered in its AppConfig.ready() (portal imports no app).
COUNTERS = {}


def register_counter(key, function):
    COUNTERS[key] = function


def collegiens_signed_up():
    counter = COUNTERS.get("collegiens")
    return counter() if counter else 0


def key_figures():
    partners = partners_by_kind("company", "association")
    return [
        KeyFigure("stories", "belles histoires publiées", 100, published_stories()),
        KeyFigure("companies", "entreprises engagées", 300, partners["company"]),
        KeyFigure("associations", "associations partenaires", 150, partners["association"]),
        KeyFigure("collegiens", "collégiens inscrits à une découverte", 1000, collegiens_signed_up()),
    ]
