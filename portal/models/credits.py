from django.core.exceptions import ValidationError
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock


class FunderBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="nom", max_length=120)
    logo = ImageChooserBlock(label="logo", required=False)
    url = blocks.URLBlock(label="site web", required=False)
    share = blocks.DecimalBlock(
        label="part du financement (%)",
        required=False,
        min_value=0,
        max_value=100,
        max_digits=5,
        decimal_places=2,
        help_text="Facultatif. Montrée sur la page du programme.",
    )

    class Meta:
        icon = "group"
        label = "financeur"


class FundersBlock(blocks.StreamBlock):
    funder = FunderBlock()

    def clean(self, value):
        value = super().clean(value)
        total = sum(child.value["share"] or 0 for child in value)
        if total > 100:
            raise blocks.StreamBlockValidationError(
                non_block_errors=[ValidationError(f"Les parts du financement dépassent 100 % ({total} %).")]
            )
        return value


@register_setting(icon="group")
class CreditsSettings(BaseSiteSetting):
    """Who carries and funds the programme, and who publishes the site (footer, programme page, legal notice)."""

    carrier_name = models.CharField("porteur du programme", max_length=160, blank=True)
    carrier_logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="logo du porteur",
    )
    carrier_url = models.URLField("site web du porteur", blank=True)
    funders = StreamField(FundersBlock(), blank=True, verbose_name="financeurs")
    publisher_name = models.CharField(
        "éditeur du site", max_length=160, blank=True, help_text="Raison sociale de la structure qui édite le site."
    )
    publisher_address = models.TextField("adresse de l'éditeur", blank=True)
    publisher_registration = models.CharField(
        "immatriculation", max_length=120, blank=True, help_text="SIRET, numéro RNA ou équivalent."
    )
    publication_director = models.CharField(
        "directeur ou directrice de la publication",
        max_length=160,
        blank=True,
        help_text="Nom et fonction, par exemple « Nadia B., présidente ».",
    )
    host_name = models.CharField("hébergeur", max_length=160, blank=True)
    host_address = models.TextField("adresse de l'hébergeur", blank=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("carrier_name"), FieldPanel("carrier_logo"), FieldPanel("carrier_url")],
                        heading="Porteur",
                    ),
                    FieldPanel("funders"),
                ],
                heading="Porteur et financeurs",
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("publisher_name"),
                            FieldPanel("publisher_address"),
                            FieldPanel("publisher_registration"),
                            FieldPanel("publication_director"),
                        ],
                        heading="Éditeur",
                    ),
                    MultiFieldPanel([FieldPanel("host_name"), FieldPanel("host_address")], heading="Hébergement"),
                ],
                heading="Mentions légales",
            ),
        ]
    )

    class Meta:
        verbose_name = "crédits et mentions légales"
