"""The agenda: one index page (/agenda/) and its events, some of them repeating."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from opportunities import recurrence
from opportunities.models.signups import Bookable, BookableQuerySet
from opportunities.recurrence import PARIS, Frequency, WeekOfMonth
from portal.blocks import RICH_TEXT_FEATURES
from portal.models.pages import SeoFields

__all__ = ["EventCategory", "EventAudience", "EventIndexPage", "EventPage", "EventDateChange", "EventOccurrence"]


class EventCategory(models.TextChoices):
    JOB_FAIR = "job_fair", "Forum emploi"
    JOB_DROP_IN = "job_drop_in", "Permanence emploi"
    CV_WORKSHOP = "cv_workshop", "Atelier CV"
    INFO_SESSION = "info_session", "Information collective"
    JOB_DATING = "job_dating", "Job dating"
    OTHER = "other", "Autre"


class EventAudience(models.TextChoices):
    EVERYONE = "everyone", "Tout public"
    MIDDLE_SCHOOL = "middle_school", "Collégiens"
    HIGH_SCHOOL = "high_school", "Lycéens"
    YOUNG_ADULTS = "young_adults", "16-25 ans"
    UNDER_30 = "under_30", "Jeunes de moins de 30 ans"


class EventQuerySet(PageQuerySet):
    def with_related(self):
        return self.select_related(
            "territory", "place_partner", "place_partner__territory", "organiser"
        ).prefetch_related("date_changes")

    def overlapping(self, window_start, window_end):
        """Events that may have a date in the window (repeating ones are expanded afterwards)."""
        once = Q(frequency=Frequency.ONCE, end__gt=window_start)
        repeating = ~Q(frequency=Frequency.ONCE) & (
            Q(repeat_until__isnull=True) | Q(repeat_until__gte=window_start.astimezone(PARIS).date())
        )
        return self.filter(Q(start__lt=window_end) & (once | repeating))

    def in_territory(self, slug):
        return self.filter(Q(territory__slug=slug) | Q(territory__isnull=True, place_partner__territory__slug=slug))

    def in_commune(self, commune):
        return self.filter(Q(commune__iexact=commune) | Q(commune="", place_partner__commune__iexact=commune))


EventManager = PageManager.from_queryset(EventQuerySet)


SIGNUP_KEY_FORMAT = "%Y%m%dT%H%M"


class EventIndexPage(RoutablePageMixin, SeoFields, Page):
    """The agenda: every dated thing of the programme as a list, a month table and an iCalendar feed."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["opportunities.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = "agenda"

    @path("")
    def agenda(self, request):
        from opportunities.views_agenda import agenda_view

        return agenda_view(request, self, archives=False)

    @path("archives/")
    def archives(self, request):
        from opportunities.views_agenda import agenda_view

        return agenda_view(request, self, archives=True)


class EventPage(RoutablePageMixin, SeoFields, Page):
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

    place_partner = models.ForeignKey(
        "partners_directory.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_events",
        verbose_name="lieu : chez un partenaire",
        help_text="Laisse l'adresse vide pour utiliser celle du partenaire.",
    )
    venue_name = models.CharField("nom du lieu", max_length=120, blank=True)
    address = models.CharField("adresse", max_length=255, blank=True)
    postcode = models.CharField("code postal", max_length=5, blank=True)
    commune = models.CharField("commune", max_length=80, blank=True)
    latitude = models.DecimalField("latitude", max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField("longitude", max_digits=9, decimal_places=6, null=True, blank=True)
    territory = models.ForeignKey(
        "portal.Territory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="territoire",
        help_text="Vide : celui du partenaire qui accueille.",
    )
    organiser = models.ForeignKey(
        "partners_directory.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
        verbose_name="organisé par",
    )
    audience = models.CharField(
        "pour qui", max_length=20, choices=EventAudience.choices, default=EventAudience.EVERYONE
    )
    online_url = models.URLField("lien pour participer en ligne", blank=True)
    signup_enabled = models.BooleanField("inscription demandée", default=False)
    seats = models.PositiveSmallIntegerField("places par date", null=True, blank=True)
    notification_email = models.EmailField(
        "e-mail qui reçoit les inscriptions",
        blank=True,
        help_text="Jamais affiché : chaque inscription et chaque désistement y est envoyé.",
    )
    description = RichTextField("description", features=RICH_TEXT_FEATURES, blank=True)

    objects = EventManager()

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
        MultiFieldPanel(
            [
                FieldPanel("place_partner"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("territory"),
                FieldPanel("online_url"),
            ],
            heading="Lieu",
        ),
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
        index.SearchField("commune"),
        index.AutocompleteField("summary"),
        index.FilterField("category"),
    ]
    api_fields = [
        APIField("category"),
        APIField("summary"),
        APIField("start"),
        APIField("end"),
        APIField("rrule"),
        APIField("commune"),
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
        from opportunities.views_event_signup import occurrence_signup

        return occurrence_signup(request, self, when)

    @path("inscription/merci/", name="signup_done")
    def signup_done(self, request):
        from opportunities.views_event_signup import signup_done

        return signup_done(request, self)

    def get_context(self, request, *args, **kwargs):
        from opportunities import event_jsonld, ical

        context = super().get_context(request, *args, **kwargs)
        upcoming = self.upcoming_occurrences()
        context["dates"] = self.dates_with_seats(upcoming)
        following = self.next_occurrence
        structured = event_jsonld.event_data(self, upcoming, request)
        context.update(
            upcoming=upcoming,
            next_occurrence=following,
            ics_url=reverse("agenda_event_ics", args=[self.slug]),
            google_calendar_url=ical.google_calendar_url(self, following, request) if following else "",
            jsonld=event_jsonld.as_script(structured) if structured else "",
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

    def signup_path(self, occurrence):
        when = occurrence.start.astimezone(PARIS).strftime(SIGNUP_KEY_FORMAT)
        return self.url + self.reverse_subpage("signup", args=[when])

    def dates_with_seats(self, occurrences):
        """Each date with its seats left and sign-up link (when sign-up is on), in one query."""
        booked = {}
        if self.signup_enabled:
            starts = [o.start for o in occurrences]
            booked = {
                b.start: b for b in EventOccurrence.objects.filter(event=self, start__in=starts).with_seats_taken()
            }
        rows = []
        for occurrence in occurrences:
            row = {"occurrence": occurrence, "seats_left": None, "signup_url": ""}
            if self.signup_enabled and not occurrence.cancelled:
                slot = booked.get(occurrence.start)
                row["seats_left"] = max(0, self.seats - slot.seats_taken) if slot else self.seats
                row["signup_url"] = self.signup_path(occurrence)
            rows.append(row)
        return rows

    # --- Place ---------------------------------------------------------------

    @property
    def place_name(self):
        if self.venue_name:
            return self.venue_name
        return self.place_partner.title if self.place_partner and not self.address else ""

    @property
    def street_address(self):
        if self.address or not self.place_partner:
            return self.address
        return self.place_partner.address

    @property
    def place_postcode(self):
        if self.address or not self.place_partner:
            return self.postcode
        return self.place_partner.postcode

    @property
    def place_commune(self):
        if self.commune or not self.place_partner:
            return self.commune
        return self.place_partner.commune

    @property
    def place_territory(self):
        if self.territory_id or not self.place_partner:
            return self.territory
        return self.place_partner.territory

    @property
    def coordinates(self):
        """(latitude, longitude) of the place, or None."""
        if self.latitude is not None and self.longitude is not None:
            return (self.latitude, self.longitude)
        partner = self.place_partner
        if partner and not self.address and partner.latitude is not None and partner.longitude is not None:
            return (partner.latitude, partner.longitude)
        return None

    @property
    def location_text(self):
        """The place on one line, as calendar clients show it."""
        town = " ".join(part for part in (self.place_postcode, self.place_commune) if part)
        parts = [self.place_name, self.street_address, town]
        text = ", ".join(part for part in parts if part)
        return text or ("En ligne" if self.online_url else "")

    # --- Search and cards ----------------------------------------------------

    @property
    def intro(self):
        return self.summary

    @classmethod
    def search_results_queryset(cls, queryset):
        """What a search result shows (next date, commune) fetched in bulk."""
        return queryset.select_related("place_partner", "territory").prefetch_related("date_changes")

    @property
    def search_summary(self):
        return self.summary

    @property
    def search_detail(self):
        from opportunities.templatetags.agenda_tags import format_when

        following = self.next_occurrence
        if following is None:
            return "Pas de date à venir"
        where = f" · {self.place_commune}" if self.place_commune else ""
        return f"Prochaine date : {format_when(following.start, following.end)}{where}"


class EventDateChange(Orderable):
    """One date of a repeating event that is cancelled or moved, with a note shown on that date."""

    CANCELLED = "cancelled"
    MOVED = "moved"
    STATUS_CHOICES = [(CANCELLED, "Annulée"), (MOVED, "Déplacée")]

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="date_changes")
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
    """One date of an event with sign-up: created the first time someone signs up, so seats are per date."""

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="booked_dates")
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
        from opportunities.templatetags.agenda_tags import format_when

        return format_when(self.start, self.end)

    @property
    def is_past(self):
        return self.start <= timezone.now()

    @property
    def is_open(self):
        """Still taking sign-ups: sign-up is on, the event is published and the date is neither past nor cancelled."""
        if self.is_past or not self.event.signup_enabled or not self.event.live:
            return False
        occurrence = self.event.occurrence_at(self.start)
        return occurrence is not None and not occurrence.cancelled

    # Bookable contract: what the booking engine and its e-mails need to know.
    @property
    def signup_title(self):
        return f"{self.event.title} ({self.event.get_category_display()}), {self.when}"

    @property
    def signup_url(self):
        return self.event.full_url or self.event.url or "/"

    @property
    def signup_details(self):
        return f"Lieu : {self.event.location_text}" if self.event.location_text else ""

    @property
    def notify_emails(self):
        return [self.event.notification_email] if self.event.notification_email else []
