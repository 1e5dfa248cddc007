"""The offers' forms: the listing's filters, and the admin's offer form (a session with people signed up
is cancelled, never silently deleted)."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from opportunities.offers.models import UNDATED_TYPES, OfferType
from opportunities.signups.models import SignUp
from portal.audiences import Audience
from portal.sectors import Sector

OPEN_AUDIENCES = [audience for audience in Audience if audience != Audience.EVERYONE]

DATE_FORMAT_MESSAGE = "Date à écrire sous la forme année-mois-jour, par exemple 2026-12-01."


class OfferFilterForm(forms.Form):
    type = forms.ChoiceField(label="Type", required=False)
    secteur = forms.ChoiceField(label="Secteur", required=False)
    public = forms.ChoiceField(label="Pour qui", required=False)
    commune = forms.ChoiceField(label="Commune", required=False)
    du = forms.DateField(
        label="À partir du",
        required=False,
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": DATE_FORMAT_MESSAGE},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    au = forms.DateField(
        label="Jusqu'au",
        required=False,
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": DATE_FORMAT_MESSAGE},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    places = forms.BooleanField(label="Seulement s'il reste des places", required=False)

    def __init__(self, *args, communes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", "Tous les types"), *OfferType.choices]
        self.fields["secteur"].choices = [("", "Tous les secteurs"), *Sector.choices]
        self.fields["commune"].choices = [("", "Toutes les communes"), *[(c, c) for c in communes]]
        # « Tout public » offers are listed under every audience: only the others are choices.
        self.fields["public"].choices = [("", "Tous les publics"), *[(a.value, a.label) for a in OPEN_AUDIENCES]]
        for name in ("type", "secteur", "public", "commune"):
            self.fields[name].error_messages["invalid_choice"] = "Ce choix n'existe pas : on l'a ignoré."

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("du"), cleaned.get("au")
        if start and end and end < start:
            self.add_error("au", "Cette date est avant la date de début : change l'une des deux.")
        return cleaned

    def valid_filters(self):
        """The filters that make sense, even when another one was mistyped (that one is ignored)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if name not in self.errors and value}


DELETE_WITH_SIGNUPS = (
    "La session du {date} a des inscrits : coche « session annulée » au lieu de la supprimer, "
    "ils seront prévenus par e-mail."
)


class OfferPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        sessions = self.formsets.get("sessions")
        if sessions is not None and cleaned.get("offer_type") not in UNDATED_TYPES and sessions.is_valid():
            deleted = set(sessions.deleted_forms)
            kept = [
                form for form in sessions.forms if form not in deleted and (form.has_changed() or form.instance.pk)
            ]
            if not kept:
                self.add_error(
                    None, "Ajoutez au moins une session : seuls l'emploi, l'alternance et le parrainage s'en passent."
                )
        if sessions is not None and sessions.is_valid():
            for form in sessions.deleted_forms:
                session = form.instance
                if session.pk and SignUp.objects.for_slot(session).active().exists():
                    self.add_error(None, DELETE_WITH_SIGNUPS.format(date=session.date.strftime("%d/%m/%Y")))
        return cleaned
