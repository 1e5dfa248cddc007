"""One event of the agenda (a forum, a permanence, a workshop…), once or on repeating dates."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.search import index

from opportunities.agenda import ical, jsonld, recurrence
from opportunities.agenda.models import (
    SIGNUP_KEY_FORMAT,
    EventCategory,
    EventOccurrence,
    EventQuerySet,
    start_from_signup_key,
)
from opportunities.agenda.recurrence import Frequency, WeekOfMonth
from opportunities.signups import views as signup_views
from opportunities.signups.models import SignUpHost
from portal import dates
from portal.audiences import Audience
from portal.blocks import RICH_TEXT_FEATURES
from portal.dates import PARIS
from portal.jsonld import script_json
from portal.models.pages import SeoFields
from portal.models.places import Place

__all__ = ["EventPage"]


class EventPage(RoutablePageMixin, SeoFields, Place, SignUpHost, Page):
    """One event of the agenda: a forum, a permanence, a workshop… once or on repeating dates."""

    category = models.CharField("type d'événement", max_length=20, choices=EventCategory.choices)
    summary = models.CharField("présentation courte", max_length=300, blank=True)
    start = models.DateTimeField("début", help_text="Heure de Paris. Pour un événement qui se répète : la 1re date.")
    end = models.DateTimeField("fin")
    frequency = models.CharField("répétition", max_length=20, choices=Frequency.choices, default=Frequency.ONCE)
    interval = models.PositiveSmallIntegerField(
        "toutes les",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text="1 = chaque semaine ou chaque mois, 2 = une semaine ou un mois sur deux…",
    )
    week_of_month = models.SmallIntegerField(
        "quel jour du mois",
        choices=WeekOfMonth.choices,
        null=True,
        blank=True,
        help_text="Pour « le premier jeudi du mois » : premier. Vide : celui de la 1re date.",
    )
    repeat_until = models.DateField("jusqu'au", null=True, blank=True, help_text="Dernière date possible (incluse).")
    venue_name = models.CharField("nom du lieu", max_length=120, blank=True)
    organiser = models.ForeignKey(
        "partners_directory.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
        verbose_name="organisé par",
    )
    audience = models.CharField("pour qui", max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    online_url = models.URLField("lien pour participer en ligne", blank=True)
    signup_enabled = models.BooleanField("inscription demandée", default=False)
    seats = models.PositiveSmallIntegerField("places par date", null=True, blank=True)
    description = RichTextField("description", features=RICH_TEXT_FEATURES, blank=True)

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("category"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("frequency"),
                FieldRowPanel([FieldPanel("interval"), FieldPanel("week_of_month"), FieldPanel("repeat_until")]),
            ],
            heading="Dates",
        ),
        InlinePanel("date_changes", heading="Dates annulées ou déplacées", label="date modifiée"),
        Place.place_panels(after_partner=[FieldPanel("venue_name")], after_territory=[FieldPanel("online_url")]),
        FieldPanel("organiser"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("signup_enabled"), FieldPanel("seats")]), FieldPanel("notification_email")],
            heading="Inscription",
        ),
        FieldPanel("description"),
    ]
    promote_panels = SeoFields.promote_panels

    search_fields = Page.search_fields + [
        # The kind of event weighs like the title ("forum", "atelier CV").
        index.SearchField("get_category_display", boost=2),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("place_commune"),
        index.AutocompleteField("summary"),
        index.FilterField("category"),
    ]
    api_fields = [
        APIField("category"),
        APIField("summary"),
        APIField("start"),
        APIField("end"),
        APIField("rrule"),
        APIField("commune", serializer=serializers.CharField(source="place_commune")),
        APIField("description"),
    ]

    parent_page_types = ["opportunities.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "événement"
        verbose_name_plural = "événements"

    @path("")
    def event(self, request):
        return self.render(request)

    @re_path(r"^inscription/(?P<when>\d{8}T\d{4})/$", name="signup")
    def signup(self, request, when):
        occurrence = self.signup_occurrence_or_404(when)
        return signup_views.signup_form(
            request,
            self,
            self.bookable_dates([occurrence])[0],
            "opportunities/event_signup.html",
            "event-signup",
            {"occurrence": occurrence},
        )

    @path("inscription/merci/", name="signup_done")
    def signup_done(self, request):
        return signup_views.signup_done(request, self, "opportunities/event_signup_done.html")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        upcoming = self.upcoming_occurrences()
        context["dates"] = self.dates_with_seats(upcoming)
        following = self.next_occurrence
        structured = jsonld.event_data(self, upcoming, request)
        context.update(
            upcoming=upcoming,
            next_occurrence=following,
            ics_url=reverse("agenda_event_ics", args=[self.slug]),
            google_calendar_url=ical.google_calendar_url(self, following, request) if following else "",
            jsonld=script_json(structured) if structured else "",
        )
        return context

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = "La fin doit venir après le début."
        if self.signup_enabled and not self.seats:
            errors["seats"] = "Indique le nombre de places par date, puisque l'inscription est demandée."
        if self.repeat_until and self.start and self.repeat_until < self.start.astimezone(PARIS).date():
            errors["repeat_until"] = "La dernière date ne peut pas être avant la première."
        if self.frequency != Frequency.ONCE and self.start and not errors:
            if self.frequency == Frequency.MONTHLY_BY_WEEKDAY and self.week_of_month:
                if not self._start_fits_position():
                    errors["start"] = (
                        "La 1re date doit elle-même suivre la règle (par ex. être un premier jeudi du mois)."
                    )
            elif self.frequency == Frequency.MONTHLY_BY_DATE and self.start.astimezone(PARIS).day > 28:
                errors["start"] = "Choisis un jour entre le 1er et le 28 : certains mois n'ont pas de 29, 30 ou 31."
        if errors:
            raise ValidationError(errors)
        self._clean_date_changes()

    def _start_fits_position(self):
        local = self.start.astimezone(PARIS).date()
        if self.week_of_month == WeekOfMonth.LAST:
            return recurrence.is_last_of_month(local)
        return (local.day - 1) // 7 + 1 == self.week_of_month

    def _clean_date_changes(self):
        wrong = []
        for change in self.date_changes.all():
            day_start = datetime.datetime.combine(change.date, datetime.time.min, tzinfo=PARIS)
            if not recurrence.rule_starts(self.rrule, self.start, day_start, day_start + datetime.timedelta(days=1)):
                wrong.append(change.date.strftime("%d/%m/%Y"))
        if wrong:
            raise ValidationError(
                f"Ces dates modifiées ne sont pas des dates de l'événement : {', '.join(wrong)}. "
                "Indique la date prévue à l'origine."
            )

    # --- Dates ---------------------------------------------------------------

    @property
    def is_recurring(self):
        return self.frequency != Frequency.ONCE

    @property
    def rrule(self):
        """The RFC 5545 RRULE of the series ("" for a one-off event)."""
        return recurrence.build_rrule(
            self.frequency, self.start, self.interval, self.repeat_until, self.week_of_month or None
        )

    @property
    def recurrence_label(self):
        return recurrence.describe(
            self.frequency, self.start, self.interval, self.repeat_until, self.week_of_month or None
        )

    @cached_property
    def changes_by_date(self):
        return {change.date: change for change in self.date_changes.all()}

    def occurrences(self, window_start, window_end):
        return recurrence.expand(self.start, self.end, self.rrule, self.changes_by_date, window_start, window_end)

    def upcoming_occurrences(self, limit=12, months=12):
        now = timezone.now()
        return self.occurrences(now, now + datetime.timedelta(days=31 * months))[:limit]

    @cached_property
    def next_occurrence(self):
        return next((o for o in self.upcoming_occurrences(limit=24) if not o.cancelled), None)

    def occurrence_at(self, start):
        """The date of this event starting at `start` (after changes), or None."""
        found = self.occurrences(start - datetime.timedelta(minutes=1), start + datetime.timedelta(minutes=1))
        return next((o for o in found if o.start == start), None)

    # --- Sign-up ---------------------------------------------------------------

    def signup_occurrence_or_404(self, key):
        """The date a sign-up address names (``20261203T1400``), if people sign up for it."""
        if not self.signup_enabled:
            raise Http404("Pas d'inscription pour cet événement.")
        start = start_from_signup_key(key)
        if start is None:
            raise Http404("Date inconnue.")
        occurrence = self.occurrence_at(start)
        if occurrence is None:
            raise Http404("Cet événement n'a pas lieu à cette date.")
        return occurrence

    def signup_path(self, occurrence):
        when = occurrence.start.astimezone(PARIS).strftime(SIGNUP_KEY_FORMAT)
        return self.url + self.reverse_subpage("signup", args=[when])

    def bookable_dates(self, occurrences):
        """The booking engine's view of these dates, in one query: seats from the event, counts from the sign-ups.

        A date nobody booked yet is an unsaved `EventOccurrence`; booking it saves it.
        """
        starts = [occurrence.start for occurrence in occurrences]
        booked = EventOccurrence.objects.filter(event=self, start__in=starts).with_seats_taken()
        booked = {slot.start: slot for slot in booked}
        slots = []
        for occurrence in occurrences:
            slot = booked.get(occurrence.start)
            if slot is None:
                slot = EventOccurrence(start=occurrence.start, end=occurrence.end)
                slot.confirmed_signups = slot.waiting_signups = 0
            slot.event = self
            slot.seats = self.seats or 0
            slots.append(slot)
        return slots

    def dates_with_seats(self, occurrences):
        """Each date with its seats left and sign-up link (when sign-up is on)."""
        slots = self.bookable_dates(occurrences) if self.signup_enabled else [None] * len(occurrences)
        rows = []
        for occurrence, slot in zip(occurrences, slots, strict=True):
            row = {"occurrence": occurrence, "seats_left": None, "signup_url": ""}
            if slot is not None and not occurrence.cancelled:
                row["seats_left"] = slot.seats_left
                row["signup_url"] = self.signup_path(occurrence)
            rows.append(row)
        return rows

    # --- Place ---------------------------------------------------------------

    @property
    def place_name(self):
        return self.venue_name or super().place_name

    @property
    def location_text(self):
        """The place on one line, as calendar clients show it."""
        return ical.location_line(self.place_name, self.place_label, self.online_url)

    # --- Search and cards ----------------------------------------------------

    @property
    def type_label(self):
        return self.get_category_display()

    @property
    def intro(self):
        return self.summary

    @classmethod
    def search_results_queryset(cls, queryset):
        """What a search result shows (next date, commune) fetched in bulk."""
        return queryset.with_place().prefetch_related("date_changes")

    @property
    def search_summary(self):
        return self.summary

    @property
    def search_detail(self):
        following = self.next_occurrence
        if following is None:
            return "Pas de date à venir"
        where = f" · {self.place_commune}" if self.place_commune else ""
        return f"Prochaine date : {dates.when(following.start, following.end)}{where}"
