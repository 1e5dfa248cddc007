"""A partner actor's page (association, public service, company…) and the services it offers."""

from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from partners_directory import hours, vocabularies
from partners_directory.fields import NetworksField, PublicsField, ReceptionModesField, ThemesField
from partners_directory.kinds import PartnerKind
from partners_directory.structured_data import json_ld
from partners_directory.widgets import MapPointWidget
from portal.models.pages import SeoFields
from portal.models.places import Place
from portal.sections import Sections

# Filled by the apps that own the content (opportunities, stories), in their AppConfig.ready().
PARTNER_SECTIONS = Sections("la fiche partenaire", ["next_offers", "next_dates", "stories"])


class ThemesAndPublicsLabels:
    """Labels, in the data·inclusion vocabularies, of the `themes` and `publics` codes."""

    @property
    def theme_labels(self):
        return vocabularies.labels(self.themes, vocabularies.THEME_LABELS)

    @property
    def public_labels(self):
        return vocabularies.labels(self.publics, vocabularies.PUBLIC_LABELS)


class PartnerService(ThemesAndPublicsLabels, Orderable):
    """Something a partner offers young people: an atelier, a follow-up, a piece of information…"""

    partner = ParentalKey("partners_directory.PartnerPage", on_delete=models.CASCADE, related_name="services")
    name = models.CharField("nom du service", max_length=150)
    service_type = models.CharField(
        "type de service", max_length=40, choices=vocabularies.SERVICE_TYPE_CHOICES, blank=True
    )
    themes = ThemesField("thématiques")
    publics = PublicsField("publics")
    reception_modes = ReceptionModesField("mode d'accueil")
    description = models.TextField("description", max_length=2000, blank=True)
    source_id = models.CharField(
        "identifiant data·inclusion",
        max_length=200,
        blank=True,
        db_index=True,
        help_text="Rempli par l'import data·inclusion ; laisser vide pour un service saisi ici.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("service_type"),
        FieldPanel("description"),
        FieldPanel("reception_modes"),
        FieldPanel("publics"),
        FieldPanel("themes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "service"
        verbose_name_plural = "services"

    def __str__(self):
        return self.name

    @property
    def reception_mode_labels(self):
        return vocabularies.labels(self.reception_modes, vocabularies.RECEPTION_MODE_LABELS)


class PartnerPage(ThemesAndPublicsLabels, SeoFields, Place, Page):
    """One actor who can help young people: association, public service, company…"""

    # A partner is its own place; offers and events held there read its address.
    place_partner = None

    kind = models.CharField("type de structure", max_length=30, choices=PartnerKind.choices)
    summary = models.CharField("présentation courte", max_length=300, blank=True)
    description = RichTextField(
        "présentation détaillée", blank=True, features=["h3", "bold", "italic", "ol", "ul", "link"]
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="logo",
    )
    themes = ThemesField("thématiques", help_text="Ce pour quoi la structure peut aider (vocabulaire data·inclusion).")
    publics = PublicsField("publics accueillis")
    networks = NetworksField("réseaux porteurs")
    phone = models.CharField("téléphone", max_length=30, blank=True)
    email = models.EmailField("e-mail", blank=True)
    website = models.URLField("site web", blank=True)
    opening_hours = models.CharField(
        "horaires d'accueil",
        max_length=255,
        blank=True,
        help_text="Format OpenStreetMap de data·inclusion (ex. « Mo-Fr 09:00-12:00,14:00-17:00 ») ou texte libre.",
    )
    accessibility = models.TextField(
        "accessibilité",
        max_length=1000,
        blank=True,
        help_text="Accès en fauteuil, ascenseur, boucle magnétique, accueil en langue des signes…",
    )
    accessibility_url = models.URLField("fiche Acceslibre", blank=True)
    source_id = models.CharField(
        "identifiant data·inclusion",
        max_length=200,
        blank=True,
        db_index=True,
        help_text="Rempli par l'import data·inclusion ; laisser vide pour une structure saisie ici.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("territory"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("commune")]),
                FieldRowPanel(
                    [
                        FieldPanel(
                            "latitude",
                            widget=MapPointWidget,
                            help_text="Cliquer sur la carte pour placer la structure, ou saisir la latitude "
                            "(ex. 43.325100).",
                        ),
                        FieldPanel("longitude"),
                    ]
                ),
            ],
            heading="Adresse et position sur la carte",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("opening_hours"),
                FieldPanel("accessibility"),
                FieldPanel("accessibility_url"),
            ],
            heading="Contact, horaires et accessibilité",
        ),
        MultiFieldPanel(
            [FieldPanel("publics"), FieldPanel("themes"), FieldPanel("networks")],
            heading="Thématiques et publics",
            classname="collapsed",
        ),
        InlinePanel("services", heading="Services", label="service"),
    ]
    promote_panels = SeoFields.promote_panels
    settings_panels = Page.settings_panels + [FieldPanel("source_id")]

    search_fields = Page.search_fields + [
        # The kind of structure weighs like the name ("mission locale", "centre social").
        index.SearchField("get_kind_display", boost=2),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("commune"),
        index.AutocompleteField("commune"),
        index.RelatedFields("services", [index.SearchField("name"), index.SearchField("description")]),
        index.FilterField("kind"),
        index.FilterField("territory"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("commune"),
        APIField("themes"),
        APIField("publics"),
        APIField("latitude"),
        APIField("longitude"),
    ]

    parent_page_types = ["partners_directory.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "partenaire"
        verbose_name_plural = "partenaires"
        # "Autour de moi" reads a bounding box first (partners_directory/filters.py).
        indexes = [models.Index(fields=["latitude", "longitude"], name="partner_position")]

    @property
    def intro(self):
        return self.summary

    @property
    def has_position(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def network_labels(self):
        return vocabularies.labels(self.networks, vocabularies.NETWORK_LABELS)

    @property
    def search_summary(self):
        return self.summary

    @property
    def search_detail(self):
        return self.commune

    @property
    def opening_hours_lines(self):
        return hours.french_lines(self.opening_hours)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            sections=PARTNER_SECTIONS.fill(self),
            json_ld=json_ld(self, request),
            opening_hours_lines=self.opening_hours_lines,
            map_tiles_url=settings.MAP_TILES_URL,
            map_attribution=settings.MAP_ATTRIBUTION,
        )
        return context
