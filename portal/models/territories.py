from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


class TerritoryKind(models.TextChoices):
    PILOT = "pilot", "Site pilote"
    NEW = "new", "Nouveau site"


class TerritoryQuerySet(models.QuerySet):
    def in_display_order(self):
        return self.order_by("kind", "commune", "name")


class Territory(index.Indexed, models.Model):
    """A priority neighbourhood (QPV) or programme site where Impact Jeunes works."""

    name = models.CharField("nom", max_length=120)
    slug = models.SlugField("identifiant dans les adresses", max_length=80, unique=True)
    commune = models.CharField("commune", max_length=80)
    postcode = models.CharField("code postal", max_length=5)
    insee_code = models.CharField("code INSEE de la commune", max_length=5, blank=True)
    qpv_code = models.CharField(
        "code QPV",
        max_length=20,
        blank=True,
        help_text="Code du quartier prioritaire (référentiel de l'ANCT, sig.ville.gouv.fr), s'il y en a un.",
    )
    qpv_name = models.CharField(
        "nom du ou des QPV",
        max_length=200,
        blank=True,
        help_text="Le nom officiel du quartier prioritaire (référentiel de l'ANCT), pour les financeurs.",
    )
    kind = models.CharField("type de site", max_length=10, choices=TerritoryKind.choices, default=TerritoryKind.NEW)
    latitude = models.DecimalField("latitude du centre", max_digits=9, decimal_places=6)
    longitude = models.DecimalField("longitude du centre", max_digits=9, decimal_places=6)
    description = models.TextField("présentation courte", blank=True)

    objects = TerritoryQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("commune"), FieldPanel("postcode")]),
        FieldRowPanel([FieldPanel("insee_code"), FieldPanel("qpv_code")]),
        FieldPanel("qpv_name"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading="Point central (WGS 84)",
        ),
        FieldPanel("description"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("commune"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = "territoire"
        verbose_name_plural = "territoires"
        ordering = ["kind", "commune", "name"]

    def __str__(self):
        return f"{self.name} ({self.commune})"

    @property
    def is_pilot(self):
        return self.kind == TerritoryKind.PILOT
