"""One issue of the letter, and one delivery record per person it is sent to.

A newsletter is sent to each confirmed subscriber at most once, which the unique (newsletter,
subscriber) delivery record guarantees whatever retries or parallel workers do.
"""

from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from newsletter import message
from newsletter.blocks import NewsletterBodyBlock
from newsletter.composition import sections
from newsletter.subscriber import Subscriber
from portal.models.pages import SeoFields


class NewsletterPage(SeoFields, Page):
    """One issue of the letter, composed from blocks, online once published and e-mailed once to each subscriber."""

    intro = models.TextField("mot d'introduction", max_length=1000, blank=True)
    body = StreamField(NewsletterBodyBlock(), verbose_name="contenu")
    sending_started_at = models.DateTimeField("envoi lancé le", null=True, blank=True, editable=False)
    sending_finished_at = models.DateTimeField("envoi terminé le", null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []

    preview_modes = [("", "Page web"), ("email", "E-mail")]

    class Meta:
        verbose_name = "lettre"
        verbose_name_plural = "lettres"

    @property
    def meta_description(self):
        return self.search_description or self.intro[:160]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = sections(self)
        return context

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            return HttpResponse(message.preview_html(self))
        return super().serve_preview(request, mode_name)


class Delivery(models.Model):
    class Status(models.TextChoices):
        SENDING = "envoi", "En cours d'envoi"
        SENT = "envoyee", "Envoyée"
        FAILED = "echec", "Échec (sera renvoyée)"

    newsletter = models.ForeignKey(NewsletterPage, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.SENDING)
    claimed_at = models.DateTimeField("prise en charge le", default=timezone.now)
    sent_at = models.DateTimeField("envoyée le", null=True, blank=True)

    class Meta:
        verbose_name = "envoi"
        constraints = [
            models.UniqueConstraint(fields=["newsletter", "subscriber"], name="newsletter_sent_once_per_subscriber")
        ]
