"""The programme's key figures, counted live against its targets (seed 000, "Objectifs")."""

from dataclasses import dataclass

from django.apps import apps


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
    return model.objects.live().public().count() if model else 0


def partners_of_kind(kind):
    model = _model("partners_directory.PartnerPage")
    return model.objects.live().public().filter(kind=kind).count() if model else 0


def collegiens_signed_up():
    counter = getattr(_model("opportunities.SignUp"), "count_collegiens", None)
    return counter() if counter else 0


def key_figures():
    return [
        KeyFigure("stories", "belles histoires publiées", 100, published_stories()),
        KeyFigure("companies", "entreprises engagées", 300, partners_of_kind("company")),
        KeyFigure("associations", "associations partenaires", 150, partners_of_kind("association")),
        KeyFigure("collegiens", "collégiens inscrits à une découverte", 1000, collegiens_signed_up()),
    ]
