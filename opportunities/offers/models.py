"""What an offer is made of: its type, its dated sessions with seats, and how offers are queried.

The page types are in `offer_page.py` and `index_page.py` (one page per module): they route to
views, and the views read the models here.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable
from wagtail.query import PageQuerySet

from opportunities.signups.models import Bookable, BookableQuerySet
from portal import dates
from portal.dates import time_label
from portal.models.places import PlaceQuerySet

__all__ = ["CLASS_BOOKING_TYPES", "OfferSession", "OfferStatus", "OfferType"]


class OfferType(models.TextChoices):
    INTERNSHIP_3E = "stage_3e", "Stage d'observation de 3e"
    COMPANY_VISIT = "visite", "Visite d'entreprise"
    DISCOVERY_DAY = "decouverte", "Journée découverte métier"
    MASTERCLASS = "masterclass", "Masterclass"
    SCHOOL_TESTIMONY = "temoignage", "Témoignage en collège"
    JOB_DATING = "job_dating", "Job dating"
    # Recruitment and mentoring: no dates to sign up for, but the details a young person weighs.
    JOB = "emploi", "Emploi"
    APPRENTICESHIP = "alternance", "Alternance"
    MENTORING = "parrainage", "Parrainage"


class ContractType(models.TextChoices):
    PERMANENT = "cdi", "CDI"
    FIXED_TERM = "cdd", "CDD"
    TEMPORARY = "interim", "Intérim"
    SEASONAL = "saisonnier", "Saisonnier"
    APPRENTICESHIP = "apprentissage", "Contrat d'apprentissage"
    PROFESSIONALISATION = "professionnalisation", "Contrat de professionnalisation"


# Offers of these types need no date: a young person applies or asks for a mentor through the contact.
UNDATED_TYPES = (OfferType.JOB, OfferType.APPRENTICESHIP, OfferType.MENTORING)
# What each of them must say, and the message when it does not.
REQUIRED_DETAILS = {
    OfferType.JOB: {
        "contract_type": "Indiquez le type de contrat.",
        "contract_length": "Indiquez la durée du contrat (ou « sans limite » pour un CDI).",
    },
    OfferType.APPRENTICESHIP: {
        "contract_type": "Indiquez le type de contrat (apprentissage ou professionnalisation).",
        "contract_length": "Indiquez la durée du contrat, par exemple « 2 ans ».",
    },
    OfferType.MENTORING: {
        "commitment": "Indiquez la durée de l'engagement, par exemple « 6 mois ».",
        "rhythm": "Indiquez le rythme des rencontres, par exemple « une heure tous les 15 jours ».",
    },
}
APPRENTICESHIP_CONTRACTS = (ContractType.APPRENTICESHIP, ContractType.PROFESSIONALISATION)


def missing_details(offer_type, values):
    """{field: French message} for the details an offer of this type lacks, or that contradict it."""
    errors = {name: message for name, message in REQUIRED_DETAILS.get(offer_type, {}).items() if not values.get(name)}
    contract = values.get("contract_type")
    if offer_type == OfferType.APPRENTICESHIP and contract and contract not in APPRENTICESHIP_CONTRACTS:
        errors["contract_type"] = "Une alternance est un contrat d'apprentissage ou de professionnalisation."
    return errors


# Formats a teacher books for a whole class (the headcount takes that many seats).
CLASS_BOOKING_TYPES = (OfferType.SCHOOL_TESTIMONY, OfferType.COMPANY_VISIT)


class OfferStatus(models.TextChoices):
    OPEN = "open", "Inscriptions ouvertes"
    FULL = "full", "Complet"
    PAST = "past", "Terminé"


def upcoming_q(prefix="", now=None):
    """Sessions that have not started yet and are not cancelled (`prefix` reaches them from another model)."""
    now = timezone.localtime(now)
    return (
        models.Q(**{f"{prefix}date__gt": now.date()})
        | models.Q(**{f"{prefix}date": now.date(), f"{prefix}start_time__gt": now.time()})
    ) & models.Q(**{f"{prefix}cancelled": False})


class OfferSessionQuerySet(BookableQuerySet):
    def upcoming(self, now=None):
        return self.filter(upcoming_q(now=now))


class OfferSession(Bookable, Orderable):
    """One date of an offer, with its own seats and sign-ups."""

    host_field = "page"

    page = ParentalKey("opportunities.OfferPage", on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField("date")
    end_date = models.DateField(
        "dernier jour",
        null=True,
        blank=True,
        help_text="Pour une session de plusieurs jours (un stage de 3e : du lundi au vendredi). Vide : un seul jour.",
    )
    start_time = models.TimeField("début")
    end_time = models.TimeField("fin")
    cancelled = models.BooleanField(
        "session annulée",
        default=False,
        help_text="Les inscrits sont prévenus ; la date reste affichée comme annulée.",
    )

    objects = OfferSessionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("seats"), FieldPanel("cancelled")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "session"
        verbose_name_plural = "sessions"
        ordering = ["date", "start_time"]

    def __str__(self):
        return f"{self.page.title} – {self.when}"

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": "L'heure de fin doit être après l'heure de début."})
        if self.date and self.end_date and self.end_date < self.date:
            raise ValidationError({"end_date": "Le dernier jour doit être le premier jour ou après."})

    @property
    def starts_at(self):
        return datetime.datetime.combine(self.date, self.start_time, tzinfo=dates.PARIS)

    @property
    def ends_at(self):
        return datetime.datetime.combine(self.last_day, self.end_time, tzinfo=dates.PARIS)

    @property
    def is_multi_day(self):
        return bool(self.end_date) and self.end_date > self.date

    @property
    def days_label(self):
        """ "lundi 7 décembre 2026", or "du lundi 7 au vendredi 11 décembre 2026" for several days."""
        if not self.is_multi_day:
            return date_format(self.date, "l j F Y")
        same_month = (self.date.year, self.date.month) == (self.end_date.year, self.end_date.month)
        first = date_format(
            self.date, "l j" if same_month else ("l j F" if self.date.year == self.end_date.year else "l j F Y")
        )
        return f"du {first} au {date_format(self.end_date, 'l j F Y')}"

    @property
    def is_past(self):
        return self.starts_at <= timezone.now()

    @property
    def first_day(self):
        return self.date

    @property
    def calendar_warnings(self):
        """School holidays or public holidays on this session's days, for the company (Aix-Marseille)."""
        return dates.calendar_warnings(self.first_day, self.last_day)

    @classmethod
    def starting_on(cls, day):
        return cls.objects.filter(date=day, cancelled=False)

    @property
    def last_day(self):
        return self.end_date or self.date

    @property
    def is_open(self):
        return not self.cancelled and not self.is_past and not self.page.signups_closed

    @property
    def start_label(self):
        return time_label(self.start_time)

    @property
    def end_label(self):
        return time_label(self.end_time)

    @property
    def when(self):
        # Stored on each sign-up as the time the person was told: changing the wording would
        # e-mail everyone a "new time" at the next publication (a one-day session reads as before).
        hours = f"de {time_label(self.start_time)} à {time_label(self.end_time)}"
        if self.is_multi_day:
            return f"{self.days_label}, {hours} chaque jour"
        return f"{date_format(self.date, 'l j F Y')}, {hours}"

    @property
    def signup_details(self):
        return self.page.practical_summary


class OfferQuerySet(PlaceQuerySet, PageQuerySet):
    def with_card_data(self):
        """What an offer's card shows (company, place, next sessions with seats), in a fixed number of queries."""
        upcoming = OfferSession.objects.filter(upcoming_q()).with_seats_taken().order_by("date", "start_time")
        return self.select_related("company", "place_partner").prefetch_related(
            Prefetch("sessions", queryset=upcoming, to_attr="upcoming")
        )
