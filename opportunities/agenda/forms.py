"""The agenda's filters and view switch, read from the query string (they work without JavaScript)."""

import datetime
import re

from django import forms

from opportunities.agenda.entries import AgendaFilters, type_choices
from portal.models import Territory

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
DAY_PATTERN = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
LIST, MONTH = "liste", "mois"


class AgendaFilterForm(forms.Form):
    type = forms.ChoiceField(label="Type", required=False)
    territoire = forms.ChoiceField(label="Quartier", required=False)
    commune = forms.ChoiceField(label="Commune", required=False)
    vue = forms.ChoiceField(
        label="Affichage", required=False, choices=[(LIST, "Liste"), (MONTH, "Mois")], widget=forms.HiddenInput
    )
    mois = forms.CharField(label="Mois", required=False, widget=forms.HiddenInput)
    jour = forms.CharField(label="Jour", required=False, widget=forms.HiddenInput)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        everything = [("", "Tous")]
        self.fields["type"].choices = everything + type_choices()
        # One query for both lists: the communes are those of the territories.
        territories = list(Territory.objects.in_display_order().only("slug", "name", "commune"))
        self.fields["territoire"].choices = [("", "Tous")] + [(t.slug, str(t)) for t in territories]
        communes = sorted({territory.commune for territory in territories})
        self.fields["commune"].choices = [("", "Toutes")] + [(commune, commune) for commune in communes]

    def clean_mois(self):
        value = self.cleaned_data["mois"].strip()
        if not value:
            return None
        match = MONTH_PATTERN.match(value)
        if match and 1 <= int(match[2]) <= 12 and 1900 < int(match[1]) < 2200:
            return datetime.date(int(match[1]), int(match[2]), 1)
        raise forms.ValidationError(
            f"« {value[:20]} » n'est pas un mois valide. Écris-le sous la forme AAAA-MM, par exemple 2026-11. "
            "Voici le mois en cours."
        )

    def clean_jour(self):
        value = self.cleaned_data["jour"].strip()
        if not value:
            return None
        match = DAY_PATTERN.match(value)
        try:
            if match and 1900 < int(match[1]) < 2200:
                return datetime.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
        raise forms.ValidationError(
            f"« {value[:20]} » n'est pas une date valide. Écris-la sous la forme AAAA-MM-JJ, par exemple "
            "2026-11-24. Voici les dates à venir."
        )

    def valid_value(self, name):
        """The field's value if it is valid: a wrong filter is dropped (and explained), not fatal."""
        if name in self.errors:
            return None
        return self.cleaned_data.get(name)

    def filters(self):
        self.is_valid()
        return AgendaFilters(
            type=self.valid_value("type") or "",
            territory=self.valid_value("territoire") or "",
            commune=self.valid_value("commune") or "",
        )

    @property
    def view(self):
        self.is_valid()
        return self.valid_value("vue") or LIST

    @property
    def day(self):
        self.is_valid()
        return self.valid_value("jour")

    @property
    def month(self):
        self.is_valid()
        return self.valid_value("mois")

    def error_messages(self):
        self.is_valid()
        messages = []
        for name, errors in self.errors.items():
            if name in ("mois", "jour"):
                messages += errors
            else:
                messages.append(f"Le filtre « {self.fields[name].label} » n'a pas été compris : il est ignoré.")
        return messages
