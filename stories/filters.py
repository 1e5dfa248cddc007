"""The story index's filters: combinable through the query string, each option counted.

Each facet's counts are computed with the *other* facets applied, so an option's count is
exactly the number of stories the visitor gets by choosing it. The facets are counted in
Python over one light row per published story (a few hundred rows at the programme's
scale, 1,000 in the benchmark), which costs two queries whatever the number of stories
and filters, instead of one grouped query per facet.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from portal.sectors import Sector
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
    choices: list = field(default_factory=list)
    options: list = field(default_factory=list)
    selected: str = ""

    @property
    def selected_label(self):
        return next((option.label for option in self.options if option.selected), "")


@dataclass
class StoryRow:
    pk: int
    date_published: object
    values: dict  # facet param -> set of values this story has


def _facets():
    return [
        Facet("territoire", "Territoire"),
        Facet("parcours", "Parcours", list(Profile.choices)),
        Facet("issue", "Et maintenant ?", list(Outcome.choices)),
        Facet("secteur", "Secteur", list(Sector.choices)),
        Facet("tag", "Mot-clé"),
    ]


def _rows(stories):
    """One row per story with the values of every facet, and the labels of territories and tags."""
    rows = {}
    territories, tags = {}, {}
    for pk, date, territory, territory_name, profile, outcome, sector in stories.values_list(
        "pk", "date_published", "territory__slug", "territory__name", "profile", "outcome", "sector"
    ):
        rows[pk] = StoryRow(
            pk,
            date,
            {"territoire": {territory}, "parcours": {profile}, "issue": {outcome}, "secteur": {sector}, "tag": set()},
        )
        territories[territory] = territory_name
    for story_pk, slug, name in StoryTag.objects.filter(content_object__in=stories.values("pk")).values_list(
        "content_object_id", "tag__slug", "tag__name"
    ):
        if story_pk in rows:
            rows[story_pk].values["tag"].add(slug)
            tags[slug] = name
    return list(rows.values()), territories, tags


class StoryFilters:
    def __init__(self, stories, params, tag_slug=None):
        self.facets = _facets()
        for facet in self.facets:
            facet.selected = (params.get(facet.param) or "").strip()[:80]
        if tag_slug:
            self.tag_facet.selected = tag_slug
        rows, territories, tags = _rows(stories)
        self.facets[0].choices = sorted(territories.items(), key=lambda item: item[1])
        self.tag_facet.choices = sorted(tags.items(), key=lambda item: item[1].lower())
        self.published_count = len(rows)
        self._count_options(rows)
        matching = [row for row in rows if self._matches(row)]
        matching.sort(key=lambda row: (row.date_published, row.pk), reverse=True)
        self.result_pks = [row.pk for row in matching]

    @property
    def tag_facet(self):
        return self.facets[-1]

    @property
    def active(self):
        return [facet for facet in self.facets if facet.selected]

    def _matches(self, row, skip=None):
        return all(
            facet.selected in row.values[facet.param] for facet in self.facets if facet is not skip and facet.selected
        )

    def _count_options(self, rows):
        for facet in self.facets:
            counts = defaultdict(int)
            for row in rows:
                if self._matches(row, skip=facet):
                    for value in row.values[facet.param]:
                        counts[value] += 1
            facet.options = [
                Option(value, label, counts[value], value == facet.selected) for value, label in facet.choices
            ]
            # A value nobody offers (an old link, a typo) stays visible so it can be removed.
            if facet.selected and not any(option.selected for option in facet.options):
                facet.options.append(Option(facet.selected, facet.selected, 0, True))
