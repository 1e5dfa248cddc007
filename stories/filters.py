"""The story index's filters: combinable through the query string, each option counted.

Each facet's counts are computed with the *other* facets applied, so an option's count is
exactly the number of stories the visitor gets by choosing it. The database counts them: one
grouped query per facet, each counting every published story by option (which options exist)
and those the other filters keep (its count), sent together as one UNION ALL query, whatever
the number of stories and filters. The stories shown are then one query for the page of cards.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, Q, Value

from portal.sectors import Sector
from portal.text import without_line_controls
from stories.choices import Outcome, Profile
from stories.story_page import StoryTag


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    param: str
    label: str
    # The story field it filters on, and its options when they are fixed (else those of the published
    # stories, in the order of `order` on (value, label)).
    lookup: str
    choices: list = field(default_factory=list)
    order: object = None
    options: list = field(default_factory=list)
    selected: str = ""

    @property
    def selected_label(self):
        return next((option.label for option in self.options if option.selected), "")

    def condition(self, prefix=""):
        """The stories this facet keeps, as a condition on a story (reached through `prefix`)."""
        if self.param == "tag":
            tagged = StoryTag.objects.filter(tag__slug=self.selected).values("content_object")
            return Q(**{f"{prefix}pk__in": tagged})
        return Q(**{f"{prefix}{self.lookup}": self.selected})


def _facets():
    return [
        Facet("territoire", "Territoire", "territory__slug", order=lambda item: item[1]),
        Facet("parcours", "Parcours", "profile", list(Profile.choices)),
        Facet("issue", "Et maintenant ?", "outcome", list(Outcome.choices)),
        Facet("secteur", "Secteur", "sector", list(Sector.choices)),
        Facet("tag", "Mot-clé", "tag__slug", order=lambda item: item[1].lower()),
    ]


class StoryFilters:
    def __init__(self, stories, params, tag_slug=None):
        self.stories = stories
        self.facets = _facets()
        for facet in self.facets:
            facet.selected = without_line_controls(params.get(facet.param) or "").strip()[:80]
        if tag_slug:
            self.tag_facet.selected = tag_slug
        self._count_options()

    @property
    def tag_facet(self):
        return self.facets[-1]

    @property
    def active(self):
        return [facet for facet in self.facets if facet.selected]

    def _condition(self, but=None, prefix=""):
        """What every active facet (but `but`) keeps, or None when none is active."""
        conditions = [facet.condition(prefix) for facet in self.active if facet is not but]
        if not conditions:
            return None
        condition = conditions[0]
        for other in conditions[1:]:
            condition &= other
        return condition

    def results(self):
        """The published stories every active facet keeps, newest first."""
        condition = self._condition()
        stories = self.stories if condition is None else self.stories.filter(condition)
        return stories.order_by("-date_published", "-pk")

    def _grouped(self, facet):
        """Published stories by option of `facet`: (facet, value, label, matching the others, all)."""
        if facet.param == "tag":
            # A story's tags are counted once each (distinct), as a story is.
            rows = StoryTag.objects.filter(content_object__in=self.stories.values("pk"))
            value, label, story, distinct = F("tag__slug"), F("tag__name"), "content_object", True
            others = self._condition(but=facet, prefix="content_object__")
        else:
            rows = self.stories
            value, story, distinct = F(facet.lookup), "pk", False
            # Fixed options take their labels from their choices; territories are named in the database.
            label = F("territory__name") if facet.param == "territoire" else Value("")
            others = self._condition(but=facet)
        rows = rows.order_by().annotate(facet=Value(facet.param), value=value, label=label)
        return rows.values("facet", "value", "label").annotate(
            matching=Count(story, filter=others, distinct=distinct), total=Count(story, distinct=distinct)
        )

    def _count_options(self):
        first, *others = [self._grouped(facet) for facet in self.facets]
        rows = list(first.union(*others, all=True))
        found = {facet.param: {} for facet in self.facets}
        for row in rows:
            found[row["facet"]][row["value"]] = row
        # Every story is in one territory: the territories' counts add up to the published stories and
        # (under every other filter, or for the chosen one) to the stories shown.
        territories = found["territoire"]
        self.published_count = sum(row["total"] for row in territories.values())
        territory = self.facets[0].selected
        if territory:
            self.result_count = territories[territory]["matching"] if territory in territories else 0
        else:
            self.result_count = sum(row["matching"] for row in territories.values())
        for facet in self.facets:
            counted = found[facet.param]
            choices = facet.choices or sorted(
                ((value, row["label"]) for value, row in counted.items()), key=facet.order
            )
            facet.options = [
                Option(value, label, counted[value]["matching"] if value in counted else 0, value == facet.selected)
                for value, label in choices
            ]
            # A value nobody offers (an old link, a typo) stays visible so it can be removed.
            if facet.selected and not any(option.selected for option in facet.options):
                facet.options.append(Option(facet.selected, facet.selected, 0, True))
