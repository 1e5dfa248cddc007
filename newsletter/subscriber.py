"""Who gets the letter: subscribers, confirmed by double opt-in.

Subscribers are private: never indexed, never in the API; an address is erased when its owner
unsubscribes.
"""

import secrets

from django.db import models
from django.utils import timezone

from newsletter import wording


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
