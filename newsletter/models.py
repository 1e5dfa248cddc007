"""La lettre: subscribers (double opt-in), the newsletter pages, and one delivery record per person.

Subscribers are private: never indexed, never in the API; an address is erased when its owner
unsubscribes. A newsletter is sent to each confirmed subscriber at most once, which the unique
(newsletter, subscriber) delivery record guarantees whatever retries or parallel workers do.
"""

import secrets

from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from newsletter import wording
from newsletter.blocks import NewsletterBodyBlock
from portal.models.pages import SeoFields


def new_token():
    return secrets.token_urlsafe(32)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED).exclude(email=None)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "attente", "En attente de confirmation"
        CONFIRMED = "confirme", "Inscrit·e"
        UNSUBSCRIBED = "desinscrit", "Désinscrit·e"

    email = models.EmailField("e-mail", unique=True, null=True, blank=True)
    status = models.CharField("état", max_length=12, choices=Status.choices, default=Status.PENDING)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    consent_wording_version = models.CharField("version du texte accepté", max_length=20, default=wording.CURRENT)
    subscribed_at = models.DateTimeField("inscription demandée le", default=timezone.now)
    confirmed_at = models.DateTimeField("confirmée le", null=True, blank=True)
    unsubscribed_at = models.DateTimeField("désinscription le", null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = "abonné·e"
        verbose_name_plural = "abonnés"
        ordering = ["-subscribed_at"]

    def __str__(self):
        return self.email or f"(adresse effacée n° {self.pk})"


class NewsletterIndexPage(RoutablePageMixin, SeoFields, Page):
    """/lettre/: the subscription form (double opt-in) and the past newsletters online."""

    intro = models.TextField("chapeau", max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoFields.promote_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["newsletter.NewsletterPage"]
    max_count = 1

    class Meta:
        verbose_name = "la lettre (inscription et archives)"

    @path("")
    def subscribe(self, request):
        from newsletter.views import subscribe

        return subscribe(request, self)


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
        from newsletter.composition import sections

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = sections(self)
        return context

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            from newsletter.sending import preview_html

            return HttpResponse(preview_html(self))
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
