"""Which offers a listing shows, in which order, with what each card needs, in a fixed number of queries."""

from django import forms
from django.db.models import F, OuterRef, Prefetch, Subquery

from opportunities.offers.models import OfferPage, OfferSession, OfferType, upcoming_q
from portal.sectors import Sector
from portal.visibility import visible

DATE_FORMAT_MESSAGE = "Date à écrire sous la forme année-mois-jour, par exemple 2026-12-01."


class OfferFilterForm(forms.Form):
    type = forms.ChoiceField(label="Type", required=False)
    secteur = forms.ChoiceField(label="Secteur", required=False)
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
        for name in ("type", "secteur", "commune"):
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


def communes_with_offers():
    return list(
        visible(OfferPage.objects.exclude(commune="")).order_by("commune").values_list("commune", flat=True).distinct()
    )


def matching_sessions(filters):
    sessions = OfferSession.objects.filter(upcoming_q(), page=OuterRef("pk"), page__signups_closed=False)
    if filters.get("du"):
        sessions = sessions.filter(date__gte=filters["du"])
    if filters.get("au"):
        sessions = sessions.filter(date__lte=filters["au"])
    if filters.get("places"):
        sessions = sessions.with_seats_taken().filter(seats__gt=F("confirmed_signups"))
    return sessions.order_by("date", "start_time")


def listed_offers(filters=None, parent=None):
    """Published offers with a session matching `filters`, soonest first; past offers drop out."""
    filters = filters or {}
    sessions = matching_sessions(filters)
    offers = visible(OfferPage.objects.filter(signups_closed=False))
    if parent is not None:
        offers = offers.child_of(parent)
    if filters.get("type"):
        offers = offers.filter(offer_type=filters["type"])
    if filters.get("secteur"):
        offers = offers.filter(sector=filters["secteur"])
    if filters.get("commune"):
        offers = offers.filter(commune=filters["commune"])
    offers = offers.annotate(
        listed_date=Subquery(sessions.values("date")[:1]),
        listed_time=Subquery(sessions.values("start_time")[:1]),
    ).filter(listed_date__isnull=False)
    return with_card_data(offers.order_by("listed_date", "listed_time", "title"))


def with_card_data(offers):
    upcoming = OfferSession.objects.filter(upcoming_q()).with_seats_taken().order_by("date", "start_time")
    return offers.select_related("company").prefetch_related(
        Prefetch("sessions", queryset=upcoming, to_attr="upcoming")
    )
