from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from portal.models.pages import SeoFields


class PartnerKind(models.TextChoices):
    ASSOCIATION = "association", "Association"
    MISSION_LOCALE = "mission_locale", "Mission locale"
    FRANCE_TRAVAIL = "france_travail", "France Travail"
    CAP_EMPLOI = "cap_emploi", "Cap emploi"
    E2C = "e2c", "École de la 2e chance (E2C)"
    EPIDE = "epide", "EPIDE"
    SOCIAL_CENTRE = "social_centre", "Centre social"
    PIJ = "pij", "Point information jeunesse (PIJ)"
    LOCAL_AUTHORITY = "local_authority", "Collectivité"
    COMPANY = "company", "Entreprise"
    SCHOOL = "school", "Établissement scolaire"
    OTHER = "other", "Autre"


class PartnerIndexPage(SeoFields, Page):
    """The map and list of the programme's partner actors."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["partners_directory.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = "carte des partenaires"


class PartnerPage(SeoFields, Page):
    """One actor who can help young people: association, public service, company…"""

    kind = models.CharField("type de structure", max_length=30, choices=PartnerKind.choices)
    summary = models.CharField("présentation courte", max_length=300, blank=True)
    territory = models.ForeignKey(
        "portal.Territory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partners",
        verbose_name="territoire",
    )
    address = models.CharField("adresse", max_length=255, blank=True)
    postcode = models.CharField("code postal", max_length=5, blank=True)
    commune = models.CharField("commune", max_length=80, blank=True)
    latitude = models.DecimalField("latitude", max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField("longitude", max_digits=9, decimal_places=6, null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("territory"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Adresse",
        ),
    ]
    promote_panels = SeoFields.promote_panels

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("commune"),
        index.FilterField("kind"),
        index.FilterField("territory"),
    ]
    api_fields = [APIField("kind"), APIField("summary"), APIField("commune")]

    parent_page_types = ["partners_directory.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "partenaire"
        verbose_name_plural = "partenaires"

    @property
    def intro(self):
        return self.summary
