"""Company offers (stage de 3e, visits, masterclasses…) and their dated sessions with seats."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

import portal.converters  # noqa: F401 (registers <id:…>)
from opportunities import structured_data
from opportunities.forms_offers import OfferPageForm
from opportunities.models.signups import Bookable, BookableQuerySet
from opportunities.sectors import Sector
from portal.blocks import RICH_TEXT_FEATURES
from portal.models.pages import SeoFields

__all__ = ["Audience", "OfferIndexPage", "OfferPage", "OfferSession", "OfferStatus", "OfferType"]


class OfferType(models.TextChoices):
    INTERNSHIP_3E = "stage_3e", "Stage d'observation de 3e"
    COMPANY_VISIT = "visite", "Visite d'entreprise"
    DISCOVERY_DAY = "decouverte", "Journée découverte métier"
    MASTERCLASS = "masterclass", "Masterclass"
    SCHOOL_TESTIMONY = "temoignage", "Témoignage en collège"
    JOB_DATING = "job_dating", "Job dating"


class Audience(models.TextChoices):
    COLLEGIENS_3E = "collegiens_3e", "Collégiens de 3e"
    LYCEENS = "lyceens", "Lycéens"
    YOUNG_16_25 = "16_25", "16–25 ans"
    EVERYONE = "tous", "Tous"


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


def time_label(value):
    """14 h, 9 h 30: how French writes a time of day."""
    return f"{value.hour} h" if not value.minute else f"{value.hour} h {value.minute:02d}"


class OfferSessionQuerySet(BookableQuerySet):
    def upcoming(self, now=None):
        return self.filter(upcoming_q(now=now))


class OfferSession(Bookable, Orderable):
    """One date of an offer, with its own seats and sign-ups."""

    page = ParentalKey("opportunities.OfferPage", on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField("date")
    start_time = models.TimeField("début")
    end_time = models.TimeField("fin")
    cancelled = models.BooleanField(
        "session annulée",
        default=False,
        help_text="Les inscrits sont prévenus ; la date reste affichée comme annulée.",
    )

    objects = OfferSessionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
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

    @property
    def starts_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start_time))

    @property
    def ends_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.end_time))

    @property
    def is_past(self):
        return self.starts_at <= timezone.now()

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
        return f"{date_format(self.date, 'l j F Y')}, de {time_label(self.start_time)} à {time_label(self.end_time)}"

    # Bookable contract, so the booking engine never needs to know what an offer is.
    @property
    def signup_title(self):
        return f"{self.page.title} ({self.page.get_offer_type_display()}), {self.when}"

    @property
    def signup_url(self):
        return self.page.full_url or self.page.url or "/"

    @property
    def signup_details(self):
        return self.page.practical_summary

    @property
    def notify_emails(self):
        return [self.page.notification_email] if self.page.notification_email else []


class OfferIndexPage(RoutablePageMixin, SeoFields, Page):
    """/offres/: every offer with upcoming sessions, filtered by type, sector, commune, dates and seats."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["opportunities.OfferPage"]
    max_count = 1

    class Meta:
        verbose_name = "liste des offres"

    @path("")
    def listing(self, request):
        from opportunities.views_offers import offer_listing

        return offer_listing(request, self)


class OfferPage(RoutablePageMixin, SeoFields, Page):
    """A company opens its doors: what happens, for whom, where, and the dates to sign up for."""

    offer_type = models.CharField("type d'offre", max_length=20, choices=OfferType.choices)
    company = models.ForeignKey(
        "partners_directory.PartnerPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="offers",
        limit_choices_to={"kind": "company"},
        verbose_name="entreprise",
        help_text="Une fiche partenaire de type « Entreprise ».",
    )
    sector = models.CharField("secteur", max_length=20, choices=Sector.choices)
    audience = models.CharField("public", max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    summary = models.CharField("en bref", max_length=300, help_text="Une ou deux phrases montrées sur les cartes.")
    description = RichTextField("déroulé", features=RICH_TEXT_FEATURES)
    what_to_bring = models.TextField("à prévoir", blank=True, help_text="Tenue, papiers, repas…")
    accessibility = models.TextField("accessibilité", blank=True)
    contact = models.TextField("qui contacter", blank=True, help_text="Affiché sur la page : nom, rôle, téléphone.")
    notification_email = models.EmailField(
        "e-mail qui reçoit les inscriptions",
        blank=True,
        help_text="Jamais affiché : chaque inscription et chaque désistement y est envoyé.",
    )
    place_partner = models.ForeignKey(
        "partners_directory.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="lieu : un partenaire",
        help_text="Si l'offre a lieu chez un partenaire, son adresse est reprise quand celle-ci est vide.",
    )
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
        related_name="offers",
        verbose_name="territoire",
    )
    signups_closed = models.BooleanField(
        "inscriptions fermées", default=False, help_text="L'offre reste visible mais on ne peut plus s'inscrire."
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("offer_type"), FieldPanel("audience")]),
        PageChooserPanel("company", page_type="partners_directory.PartnerPage"),
        FieldPanel("sector"),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("sessions", heading="Sessions", label="session", min_num=1),
        MultiFieldPanel(
            [
                PageChooserPanel("place_partner", page_type="partners_directory.PartnerPage"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("territory"),
            ],
            heading="Lieu",
        ),
        MultiFieldPanel(
            [FieldPanel("what_to_bring"), FieldPanel("accessibility"), FieldPanel("contact")],
            heading="Infos pratiques",
        ),
        MultiFieldPanel([FieldPanel("notification_email"), FieldPanel("signups_closed")], heading="Inscriptions"),
    ]
    promote_panels = SeoFields.promote_panels

    search_fields = Page.search_fields + [
        # The kind of offer weighs like the title: "stage" finds the stages de 3e first.
        index.SearchField("get_offer_type_display", boost=2),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("commune"),
        index.AutocompleteField("summary"),
        index.FilterField("offer_type"),
        index.FilterField("sector"),
        index.FilterField("commune"),
    ]
    api_fields = [
        APIField("offer_type"),
        APIField("sector"),
        APIField("audience"),
        APIField("summary"),
        APIField("description"),
        APIField("commune"),
    ]

    parent_page_types = ["opportunities.OfferIndexPage"]
    subpage_types = []

    base_form_class = OfferPageForm
    card_template = "opportunities/includes/offer_card.html"

    class Meta:
        verbose_name = "offre"
        verbose_name_plural = "offres"

    def save(self, *args, **kwargs):
        self.fill_place_from_partner()
        super().save(*args, **kwargs)

    def fill_place_from_partner(self):
        partner = self.place_partner or self.company
        if partner is None or self.address:
            return
        for field in ("address", "postcode", "commune", "latitude", "longitude"):
            setattr(self, field, getattr(partner, field))
        if self.territory_id is None:
            self.territory_id = partner.territory_id

    @path("")
    def offer(self, request):
        return self.render(request)

    @path("inscription/<id:session_id>/", name="signup")
    def signup(self, request, session_id):
        from opportunities.views_offers import session_signup

        return session_signup(request, self, session_id)

    @path("inscription/merci/", name="signup_done")
    def signup_done(self, request):
        from opportunities.views_offers import signup_done

        return signup_done(request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = self.all_sessions
        return context

    @cached_property
    def all_sessions(self):
        """Every session with its seat counts, in one query (a page can show the past ones too)."""
        return list(OfferSession.objects.filter(page=self).with_seats_taken())

    @property
    def upcoming_sessions(self):
        # Listings prefetch these into `upcoming`; a lone page reads them from all_sessions.
        prefetched = getattr(self, "upcoming", None)
        if prefetched is not None:
            return prefetched
        return [session for session in self.all_sessions if not session.cancelled and not session.is_past]

    @property
    def next_session(self):
        sessions = self.upcoming_sessions
        return sessions[0] if sessions else None

    @property
    def card_session(self):
        """The session a card announces: the first one matching the listing's filters, if any."""
        sessions = self.upcoming_sessions
        listed = getattr(self, "listed_date", None)
        if listed is not None:
            return next((session for session in sessions if session.date == listed), None)
        return sessions[0] if sessions else None

    @property
    def seats_left(self):
        return sum(session.seats_left for session in self.upcoming_sessions)

    @property
    def status(self):
        sessions = self.upcoming_sessions
        if not sessions:
            return OfferStatus.PAST
        if all(session.is_full for session in sessions):
            return OfferStatus.FULL
        return OfferStatus.OPEN

    @property
    def status_label(self):
        return OfferStatus(self.status).label

    @property
    def place_label(self):
        parts = [self.address, " ".join(part for part in (self.postcode, self.commune) if part)]
        return ", ".join(part for part in parts if part)

    @property
    def practical_summary(self):
        lines = []
        if self.place_label:
            lines.append(f"Lieu : {self.place_label}")
        if self.what_to_bring:
            lines.append(f"À prévoir : {self.what_to_bring}")
        if self.contact:
            lines.append(f"Contact : {self.contact}")
        return "\n".join(lines)

    @property
    def intro(self):
        return self.summary

    def og_card(self):
        """What the drawn Open Graph image of this offer shows (portal/og_image.py)."""
        from portal.og_image import OgCard

        session = self.next_session
        when = date_format(session.date, "l j F") if session else ""
        place = " · ".join(part for part in (self.commune, when) if part)
        return OgCard(title=self.title, kicker=self.get_offer_type_display(), place=place, theme="offer")

    @property
    def json_ld(self):
        """schema.org Events, one per session, as a script-safe JSON string."""
        return structured_data.offer_json_ld(self)

    @property
    def search_summary(self):
        company = f"{self.company.title} · " if self.company else ""
        return f"{self.get_offer_type_display()} · {company}{self.summary}"

    @classmethod
    def search_results_queryset(cls, queryset):
        from opportunities.offer_listing import with_card_data

        return with_card_data(queryset)

    @property
    def search_detail(self):
        session = self.next_session
        if session is None:
            return "Pas de date à venir"
        place = f" · {self.commune}" if self.commune else ""
        return f"Prochaine date : {date_format(session.date, 'l j F Y')}{place}"
