"""The partner filters shared by the map page, its list and the GeoJSON feed.

One form reads the query string (`type`, `thematique`, `public`, `territoire`, `q`,
`lat`/`lon`); one function turns it into the partners to show, so the three always
agree.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django import forms
from django.db.models import Q
from django.utils.functional import cached_property

from partners_directory import geo, vocabularies
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage
from portal.models import Territory
from portal.text import clean_search_query
from portal.visibility import visible


def theme_filter_choices():
    """A whole category (e.g. "Trouver un emploi") first, then its detailed themes."""
    choices = [("", "Toutes les thématiques")]
    for category_value, category_label in vocabularies.CATEGORY_CHOICES:
        themes = [
            (value, label) for value, label in vocabularies.THEME_CHOICES if value.startswith(f"{category_value}--")
        ]
        if themes:
            choices.append((category_label, [(category_value, f"{category_label} (tout)"), *themes]))
    return choices


class PartnerFilterForm(forms.Form):
    q = forms.CharField(
        label="Mot-clé", required=False, max_length=100, widget=forms.TextInput(attrs={"type": "search"})
    )
    type = forms.ChoiceField(label="Type de structure", required=False)
    thematique = forms.ChoiceField(label="Thématique", required=False)
    public = forms.ChoiceField(label="Public", required=False)
    territoire = forms.ModelChoiceField(
        label="Territoire",
        queryset=Territory.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="Tous les territoires",
    )
    lat = forms.FloatField(min_value=-90, max_value=90, required=False, widget=forms.HiddenInput)
    lon = forms.FloatField(min_value=-180, max_value=180, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", "Tous les types"), *PartnerKind.choices]
        self.fields["thematique"].choices = theme_filter_choices()
        self.fields["public"].choices = [("", "Tous les publics"), *vocabularies.PUBLIC_CHOICES]
        territories = self.fields["territoire"].queryset
        if hasattr(territories, "in_display_order"):
            self.fields["territoire"].queryset = territories.in_display_order()

    def clean_q(self):
        return clean_search_query(self.cleaned_data["q"], 100)

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("lat") is None) != (cleaned.get("lon") is None):
            cleaned["lat"] = cleaned["lon"] = None
        return cleaned

    def filters(self):
        """The valid filters only: a bad value is ignored (and reported) rather than emptying the list."""
        if not self.is_bound or (not self.is_valid() and not hasattr(self, "cleaned_data")):
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


@dataclass
class PartnerResult:
    page: PartnerPage
    distance_km: float | None = None

    @property
    def distance_label(self):
        return geo.format_distance(self.distance_km) if self.distance_km is not None else ""


# What a partner's card in the list shows (partner_item.html), loaded with the listing's one query.
CARD_FIELDS = (
    "title", "slug", "url_path", "path", "depth", "locale_id", "live", "content_type_id",
    "kind", "summary", "address", "postcode", "commune", "latitude", "longitude", "territory",
)  # fmt: skip


def base_queryset():
    return visible(PartnerPage.objects.all()).select_related("territory").order_by("title")


def _contains_value(field, value):
    # A JSON list contains "value": matched on its text, which works on SQLite and PostgreSQL alike.
    return {f"{field}__icontains": f'"{value}"'}


def _search_ids(query):
    return [page.pk for page in PartnerPage.objects.live().search(query, operator="and", order_by_relevance=False)]


def matching(filters, queryset=None, bbox=None):
    """The partners matching `filters` (as given by PartnerFilterForm.filters()), as a query: all in SQL."""
    queryset = base_queryset() if queryset is None else queryset
    if kind := filters.get("type"):
        queryset = queryset.filter(kind=kind)
    if theme := filters.get("thematique"):
        if theme in vocabularies.CATEGORY_LABELS:
            queryset = queryset.filter(themes__icontains=f'"{theme}--')
        else:
            queryset = queryset.filter(**_contains_value("themes", theme))
    if public := filters.get("public"):
        queryset = queryset.filter(**_contains_value("publics", public))
    if territory := filters.get("territoire"):
        queryset = queryset.filter(territory=territory)
    if query := filters.get("q"):
        queryset = queryset.filter(pk__in=_search_ids(query))
    if bbox is not None:
        queryset = bbox.filter(queryset)
    return queryset


def filter_partners(filters, queryset=None, bbox=None):
    """The partners matching `filters`, as a sequence of PartnerResult the listing paginates.

    Its length is one COUNT; a page of it is one query with the fields the cards show. Near a
    position (`lat`, `lon`), the nearest come first (`NearestFirst`).
    """
    queryset = matching(filters, queryset, bbox).only(*CARD_FIELDS)
    lat, lon = filters.get("lat"), filters.get("lon")
    if lat is not None and lon is not None:
        return NearestFirst(queryset, lat, lon)
    return Results(queryset)


class Results(Sequence):
    """A query's partners as PartnerResult objects: `len()` counts in SQL, a slice reads one page."""

    def __init__(self, queryset):
        self.queryset = queryset

    @cached_property
    def count(self):
        return self.queryset.count()

    def __len__(self):
        return self.count

    def __iter__(self):
        return iter(self[0 : len(self)])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [PartnerResult(page) for page in self.queryset[index]]
        return PartnerResult(self.queryset[index])


class NearestFirst(Results):
    """Partners by distance from a position, computed on few rows.

    To find the first `n`, a bounding box of `radius` km around the position (indexed latitude and
    longitude) is read, with positions only, and exact distances computed on those rows; every
    partner within `radius` km is inside the box, so when at least `n` of them are, they are the `n`
    nearest. Otherwise the radius doubles. Partners without a position come last, by name.
    """

    FIRST_RADIUS_KM = 5

    def __init__(self, queryset, lat, lon):
        super().__init__(queryset)
        self.lat, self.lon = lat, lon

    def _nearest(self, wanted):
        positioned = self.queryset.filter(latitude__isnull=False, longitude__isnull=False)
        radius = self.FIRST_RADIUS_KM
        while True:
            box = geo.Bbox.around(self.lat, self.lon, radius)
            rows = positioned if box is None else box.filter(positioned)
            found = sorted(
                (geo.distance_km(self.lat, self.lon, lat, lon), title, pk)
                for pk, title, lat, lon in rows.values_list("pk", "title", "latitude", "longitude")
            )
            within = [row for row in found if row[0] <= radius] if box is not None else found
            if len(within) >= wanted or box is None:
                return within
            radius *= 2

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _ = index.indices(self.count)
        nearest = self._nearest(stop)
        chosen = nearest[start:stop]
        pages = self.queryset.in_bulk([pk for _, _, pk in chosen])
        results = [PartnerResult(pages[pk], distance) for distance, _, pk in chosen]
        if stop > len(nearest):
            # Past every positioned partner: those without a position, by name.
            rest = self.queryset.filter(Q(latitude__isnull=True) | Q(longitude__isnull=True))
            skip = max(0, start - len(nearest))
            results += [PartnerResult(page) for page in rest[skip : skip + stop - start - len(results)]]
        return results
