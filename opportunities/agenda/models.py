"""What an event is made of: its category, its cancelled or moved dates, the dates people booked,
and how events are queried.

The page types are in `event_page.py` and `index_page.py` (one page per module): they route to
views, and the views read the models here.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable
from wagtail.query import PageQuerySet

from opportunities.agenda.recurrence import Frequency
from opportunities.signups import booking
from opportunities.signups.models import Bookable, BookableQuerySet
from portal import dates
from portal.dates import PARIS
from portal.models.places import PlaceQuerySet

__all__ = ["EventCategory", "EventDateChange", "EventOccurrence"]

# How a date appears in a sign-up address: /agenda/<event>/inscription/20261203T1400/.
SIGNUP_KEY_FORMAT = "%Y%m%dT%H%M"


class EventCategory(models.TextChoices):
    JOB_FAIR = "job_fair", "Forum emploi"
    JOB_DROP_IN = "job_drop_in", "Permanence emploi"
    CV_WORKSHOP = "cv_workshop", "Atelier CV"
    INFO_SESSION = "info_session", "Information collective"
    JOB_DATING = "job_dating", "Job dating"
    OTHER = "other", "Autre"


class EventQuerySet(PlaceQuerySet, PageQuerySet):
    def with_related(self):
        return self.with_place().select_related("organiser").prefetch_related("date_changes")

    def overlapping(self, window_start, window_end):
        """Events that may have a date in the window (repeating ones are expanded afterwards)."""
        once = Q(frequency=Frequency.ONCE, end__gt=window_start)
        repeating = ~Q(frequency=Frequency.ONCE) & (
            Q(repeat_until__isnull=True) | Q(repeat_until__gte=window_start.astimezone(PARIS).date())
        )
        return self.filter(Q(start__lt=window_end) & (once | repeating))


class EventDateChange(Orderable):
    """One date of a repeating event that is cancelled or moved, with a note shown on that date."""

    CANCELLED = "cancelled"
    MOVED = "moved"
    STATUS_CHOICES = [(CANCELLED, "Annulée"), (MOVED, "Déplacée")]

    page = ParentalKey("opportunities.EventPage", on_delete=models.CASCADE, related_name="date_changes")
    date = models.DateField("date prévue")
    status = models.CharField("changement", max_length=10, choices=STATUS_CHOICES, default=CANCELLED)
    new_start = models.DateTimeField(
        "nouveau début", null=True, blank=True, help_text="Seulement si la date est déplacée."
    )
    new_end = models.DateTimeField("nouvelle fin", null=True, blank=True)
    note = models.CharField("message affiché ce jour-là", max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "date modifiée"
        verbose_name_plural = "dates modifiées"
        constraints = [models.UniqueConstraint(fields=["page", "date"], name="unique_event_date_change")]

    def __str__(self):
        return f"{self.page} – {self.date:%d/%m/%Y} ({self.get_status_display()})"

    @property
    def is_cancelled(self):
        return self.status == self.CANCELLED

    def clean(self):
        if self.status == self.MOVED and not self.new_start:
            raise ValidationError({"new_start": "Indique la nouvelle heure de début de la date déplacée."})
        if self.new_start and self.new_end and self.new_end <= self.new_start:
            raise ValidationError({"new_end": "La fin doit venir après le début."})


class EventOccurrence(Bookable):
    """One date of an event with sign-up: created the first time someone signs up, so seats are per date.

    Until then the event shows unsaved ones (`EventPage.bookable_dates`), with the event's seats.
    """

    host_field = "event"

    event = models.ForeignKey("opportunities.EventPage", on_delete=models.CASCADE, related_name="booked_dates")
    start = models.DateTimeField("début")
    end = models.DateTimeField("fin")

    objects = BookableQuerySet.as_manager()

    class Meta:
        verbose_name = "date avec inscriptions"
        verbose_name_plural = "dates avec inscriptions"
        ordering = ["start"]
        constraints = [models.UniqueConstraint(fields=["event", "start"], name="unique_event_occurrence")]

    def __str__(self):
        return self.signup_title

    @property
    def when(self):
        return dates.when(self.start, self.end)

    @property
    def is_past(self):
        return self.start <= timezone.now()

    @property
    def first_day(self):
        return timezone.localdate(self.start)

    @classmethod
    def starting_on(cls, day):
        start = datetime.datetime.combine(day, datetime.time(), tzinfo=PARIS)
        return cls.objects.filter(start__gte=start, start__lt=start + datetime.timedelta(days=1))

    @property
    def last_day(self):
        return timezone.localdate(self.end)

    @property
    def is_open(self):
        """Still taking sign-ups: sign-up is on, the event is published and the date is neither past nor cancelled."""
        if self.is_past or not self.event.signup_enabled or not self.event.live:
            return False
        occurrence = self.event.occurrence_at(self.start)
        return occurrence is not None and not occurrence.cancelled

    @property
    def signup_details(self):
        return f"Lieu : {self.event.location_text}" if self.event.location_text else ""

    def ready_to_book(self):
        """The saved row of this date, created on the first sign-up, with the event's current seats."""
        slot, created = EventOccurrence.objects.get_or_create(
            event=self.event, start=self.start, defaults={"end": self.end, "seats": self.event.seats}
        )
        if not created and slot.seats != self.event.seats:
            more_seats = self.event.seats > slot.seats
            slot.seats = self.event.seats
            slot.save(update_fields=["seats"])
            if more_seats:
                booking.fill_free_seats(slot)
        return slot


def start_from_signup_key(key):
    """The aware start a sign-up address names, or None when it is not a date."""
    try:
        return datetime.datetime.strptime(key, SIGNUP_KEY_FORMAT).replace(tzinfo=PARIS)
    except ValueError:
        return None
