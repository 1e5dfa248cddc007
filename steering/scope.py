"""What a set of figures covers: a period (dates, inclusive) and, optionally, one territory or one kind of site."""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import timezone

from portal.models.territories import Territory, TerritoryKind


@dataclass(frozen=True)
class Scope:
    start: datetime.date
    end: datetime.date
    territory: Territory | None = None
    site_kind: str = ""  # "pilot" or "new": every territory of that kind

    @property
    def start_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))

    @property
    def end_before(self):
        """The first instant after the period (its last day is included)."""
        return timezone.make_aware(datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min))

    def months(self):
        """'YYYY-MM' of every month of the period, in order."""
        months, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def territory_ids(self):
        """None for every territory, else the ids the scope is limited to (a list, or a subquery for a kind
        of site: filtering with it costs no query of its own)."""
        if self.territory is not None:
            return [self.territory.pk]
        if self.site_kind:
            return Territory.objects.filter(kind=self.site_kind).values("pk")
        return None

    def covers(self, territory):
        """Whether `territory` is one of those the scope is limited to."""
        if self.territory is not None:
            return territory.pk == self.territory.pk
        return not self.site_kind or territory.kind == self.site_kind

    @property
    def area_key(self):
        """The territories part of the scope as text: "" (all), a territory id or a kind of site."""
        return str(self.territory.pk) if self.territory is not None else self.site_kind

    def query(self):
        """The filters as a query string (exports keep the dashboard's filters)."""
        parts = {"du": self.start.isoformat(), "au": self.end.isoformat()}
        if self.territory is not None:
            parts["territoire"] = self.territory.slug
        elif self.site_kind:
            parts["territoire"] = self.site_kind
        return parts


def territory_choices(territories):
    choices = [("", "Tous les territoires")]
    choices += [
        (TerritoryKind.PILOT.value, "Tous les sites pilotes"),
        (TerritoryKind.NEW.value, "Tous les nouveaux sites"),
    ]
    choices += [(t.slug, str(t)) for t in territories]
    return choices


class ScopeForm(forms.Form):
    """The filters of the dashboard and of the public page: `du`, `au` (ISO dates) and `territoire`."""

    du = forms.DateField(label="Du", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    au = forms.DateField(label="Au", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    territoire = forms.ChoiceField(label="Territoire", required=False)

    def __init__(self, *args, settings, **kwargs):
        kwargs.setdefault("initial", {"du": settings.period_start, "au": settings.period_end})
        super().__init__(*args, **kwargs)
        self.settings = settings
        # Read once: the choices, the territory asked for and the rows of the tables by territory.
        self.territories = list(Territory.objects.in_display_order())
        self.fields["territoire"].choices = territory_choices(self.territories)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update({"aria-invalid": "true", "aria-describedby": f"id_{name}_error"})

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("du"), cleaned.get("au")
        if start and end and end < start:
            self.add_error("au", "La date de fin doit venir après la date de début.")
        return cleaned

    def scope(self):
        """The scope asked for; the programme's whole period, every territory, where a filter is missing or wrong."""
        start, end, territory, site_kind = self.settings.period_start, self.settings.period_end, None, ""
        if self.is_valid():
            start = self.cleaned_data["du"] or start
            end = self.cleaned_data["au"] or end
            value = self.cleaned_data["territoire"]
            if value in TerritoryKind.values:
                site_kind = value
            elif value:
                territory = next((t for t in self.territories if t.slug == value), None)
        return Scope(start=start, end=end, territory=territory, site_kind=site_kind)
