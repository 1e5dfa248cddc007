from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from portal.blocks import LinkBlock


class AccessibilityStatus(models.TextChoices):
    """The three states the RGAA allows; without an audit, a site is "non conforme"."""

    NON_COMPLIANT = "non", "non conforme"
    PARTIAL = "partiel", "partiellement conforme"
    FULL = "total", "totalement conforme"


@register_setting(icon="cogs")
class SiteIdentitySettings(BaseSiteSetting):
    """Navigation, footer, contact and social links, editable by the communication team."""

    main_navigation = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name="navigation principale",
        help_text="Les liens du menu en haut de chaque page, dans l'ordre.",
    )
    footer_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name="liens du pied de page",
        help_text="Mentions légales, accessibilité, données personnelles…",
    )
    contact_email = models.EmailField("e-mail de contact", blank=True)
    contact_phone = models.CharField("téléphone de contact", max_length=30, blank=True)
    contact_address = models.TextField("adresse postale", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    linkedin_url = models.URLField("LinkedIn", blank=True)
    tiktok_url = models.URLField("TikTok", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    accessibility_status = models.CharField(
        "état de conformité (RGAA)",
        max_length=10,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.NON_COMPLIANT,
        help_text="Affiché dans le pied de page de chaque page : « Accessibilité : … ». Sans audit : non conforme.",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="déclaration d'accessibilité",
        help_text="La page de la déclaration, liée depuis le pied de page.",
    )

    edit_handler = TabbedInterface(
        [
            ObjectList([FieldPanel("main_navigation"), FieldPanel("footer_links")], heading="Navigation"),
            ObjectList(
                [FieldPanel("accessibility_status"), FieldPanel("accessibility_page")], heading="Accessibilité"
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_address")],
                        heading="Contact",
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("instagram_url"),
                            FieldPanel("facebook_url"),
                            FieldPanel("linkedin_url"),
                            FieldPanel("tiktok_url"),
                            FieldPanel("youtube_url"),
                        ],
                        heading="Réseaux sociaux",
                    ),
                ],
                heading="Contact et réseaux",
            ),
        ]
    )

    class Meta:
        verbose_name = "réglages du site"

    @property
    def social_links(self):
        links = [
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("LinkedIn", self.linkedin_url),
            ("TikTok", self.tiktok_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
