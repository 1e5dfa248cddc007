"""A company offer's page (stage de 3e, visit, masterclass…): what happens, where, and its dates to sign up for."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.formats import date_format
from django.utils.functional import cached_property
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.search import index

import portal.converters  # noqa: F401 (registers <id:…>)
from opportunities.offers import jsonld
from opportunities.offers.forms import OfferPageForm
from opportunities.offers.models import (
    CLASS_BOOKING_TYPES,
    UNDATED_TYPES,
    ContractType,
    OfferQuerySet,
    OfferSession,
    OfferStatus,
    OfferType,
    missing_details,
)
from opportunities.signups import views as signup_views
from opportunities.signups.models import SignUpHost
from portal.audiences import Audience
from portal.blocks import RICH_TEXT_FEATURES
from portal.models.pages import SeoFields
from portal.models.places import Place
from portal.og_image import OgCard
from portal.sectors import Sector

__all__ = ["OfferPage"]


class OfferPage(RoutablePageMixin, SeoFields, Place, SignUpHost, Page):
    """A company opens its doors: what happens, for whom, where, and the dates to sign up for.

    It takes place at its company's unless it names another partner or an address of its own.
    """

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
    contract_type = models.CharField("type de contrat", max_length=24, choices=ContractType.choices, blank=True)
    contract_length = models.CharField(
        "durée du contrat", max_length=60, blank=True, help_text="Emploi, alternance : « 12 mois », « 2 ans »…"
    )
    commitment = models.CharField(
        "durée de l'engagement",
        max_length=60,
        blank=True,
        help_text="Parrainage : « 6 mois », « une année scolaire »…",
    )
    rhythm = models.CharField(
        "rythme", max_length=120, blank=True, help_text="Parrainage : « une heure tous les 15 jours »…"
    )
    signups_closed = models.BooleanField(
        "inscriptions fermées", default=False, help_text="L'offre reste visible mais on ne peut plus s'inscrire."
    )

    objects = PageManager.from_queryset(OfferQuerySet)()

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("offer_type"), FieldPanel("audience")]),
        PageChooserPanel("company", page_type="partners_directory.PartnerPage"),
        FieldPanel("sector"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contract_type"), FieldPanel("contract_length")]),
                FieldRowPanel([FieldPanel("commitment"), FieldPanel("rhythm")]),
            ],
            heading="Emploi, alternance, parrainage",
        ),
        # At least one session, except for an offer without dates (emploi, alternance, parrainage): OfferPageForm.
        InlinePanel("sessions", heading="Sessions", label="session"),
        Place.place_panels(),
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
        index.SearchField("place_commune"),
        index.AutocompleteField("summary"),
        index.FilterField("offer_type"),
        index.FilterField("sector"),
        index.SearchField("get_contract_type_display"),
        index.FilterField("contract_type"),
    ]
    api_fields = [
        APIField("offer_type"),
        APIField("sector"),
        APIField("audience"),
        APIField("summary"),
        APIField("contract_type"),
        APIField("contract_length"),
        APIField("commitment"),
        APIField("rhythm"),
        APIField("description"),
        APIField("commune", serializer=serializers.CharField(source="place_commune")),
    ]

    parent_page_types = ["opportunities.OfferIndexPage"]
    subpage_types = []

    base_form_class = OfferPageForm
    card_template = "opportunities/includes/offer_card.html"

    class Meta:
        verbose_name = "offre"
        verbose_name_plural = "offres"

    def save(self, *args, **kwargs):
        self.default_place()
        super().save(*args, **kwargs)

    @property
    def takes_class_bookings(self):
        """A teacher may book a date for a class (a testimony at school, a company visit)."""
        return self.offer_type in CLASS_BOOKING_TYPES

    def clean(self):
        super().clean()
        values = {name: getattr(self, name) for name in ("contract_type", "contract_length", "commitment", "rhythm")}
        errors = missing_details(self.offer_type, values)
        if errors:
            raise ValidationError(errors)

    @property
    def is_undated(self):
        return self.offer_type in UNDATED_TYPES

    def default_place(self):
        """At its company's unless told otherwise: a reference, so the company's address is read live."""
        if self.place_partner_id is None and not self.has_own_address:
            self.place_partner_id = self.company_id

    @path("")
    def offer(self, request):
        return self.render(request)

    @path("inscription/<id:session_id>/", name="signup")
    def signup(self, request, session_id):
        session = self.session_or_404(session_id)
        return signup_views.signup_form(
            request, self, session, "opportunities/offer_signup.html", "offer-signup", {"session": session}
        )

    @path("inscription/<id:session_id>/classe/", name="class_signup")
    def class_signup(self, request, session_id):
        session = self.session_or_404(session_id)
        return signup_views.class_booking_form(
            request, self, session, "opportunities/offer_class_signup.html", "offer-signup", {"session": session}
        )

    @path("inscription/merci/", name="signup_done")
    def signup_done(self, request):
        return signup_views.signup_done(request, self, "opportunities/offer_signup_done.html")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = self.all_sessions
        return context

    def session_or_404(self, session_id):
        """One of this offer's sessions, with its seat counts."""
        try:
            session = OfferSession.objects.with_seats_taken().get(page=self, pk=session_id)
        except OfferSession.DoesNotExist as error:
            raise Http404("Cette date n'existe pas.") from error
        session.page = self
        return session

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

    def pages_showing_seats(self):
        """Pages besides this one and the listings that show its seats: its company's partner page."""
        return [self.company] if self.company_id else []

    @property
    def status(self):
        sessions = self.upcoming_sessions
        if not sessions and self.is_undated:
            return OfferStatus.PAST if self.signups_closed else OfferStatus.OPEN
        if not sessions:
            return OfferStatus.PAST
        if all(session.is_full for session in sessions):
            return OfferStatus.FULL
        return OfferStatus.OPEN

    @property
    def status_label(self):
        return OfferStatus(self.status).label

    @property
    def type_label(self):
        return self.get_offer_type_display()

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
        session = self.next_session
        when = date_format(session.date, "l j F") if session else ""
        place = " · ".join(part for part in (self.place_commune, when) if part)
        return OgCard(title=self.title, kicker=self.get_offer_type_display(), place=place, theme="offer")

    @property
    def json_ld(self):
        """schema.org Events, one per session, as a script-safe JSON string."""
        return jsonld.offer_json_ld(self)

    @property
    def search_summary(self):
        company = f"{self.company.title} · " if self.company else ""
        return f"{self.get_offer_type_display()} · {company}{self.summary}"

    @classmethod
    def search_results_queryset(cls, queryset):
        return queryset.with_card_data()

    @property
    def search_detail(self):
        session = self.next_session
        if session is None:
            return "Pas de date à venir"
        place = f" · {self.place_commune}" if self.place_commune else ""
        return f"Prochaine date : {date_format(session.date, 'l j F Y')}{place}"
