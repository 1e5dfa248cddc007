"""Corrections from the field: a partner's card to fix, an offer reported, waiting for a moderator.

A correction keeps the values the page had when it was filed and the values proposed, so the
moderator sees them side by side and applies them in one action. The optional contact is
private (never published, never indexed) and erased after CORRECTION_RETENTION_DAYS.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Correction(models.Model):
    class Kind(models.TextChoices):
        PARTNER = "partenaire", "Correction d'une fiche partenaire"
        OFFER = "offre", "Signalement d'une offre"

    class Reason(models.TextChoices):
        WRONG_INFO = "info-fausse", "Une information est fausse ou a changé"
        MOVED_OR_CLOSED = "demenagee", "La structure a déménagé ou fermé"
        PAST_OR_FULL = "passee", "La date est passée ou l'offre est complète"
        GONE = "n-existe-plus", "L'offre n'existe plus"
        MISLEADING = "trompeuse", "L'offre est trompeuse ou inappropriée"
        OTHER = "autre", "Autre chose"

    class Status(models.TextChoices):
        OPEN = "ouverte", "À traiter"
        APPLIED = "appliquee", "Appliquée"
        REJECTED = "refusee", "Refusée"
        HANDLED = "traitee", "Traitée sans changement"

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name="page")
    kind = models.CharField("type", max_length=12, choices=Kind.choices)
    reason = models.CharField("motif", max_length=20, choices=Reason.choices)
    message = models.TextField("précisions", max_length=1000, blank=True)
    current_values = models.JSONField("valeurs au moment du signalement", default=dict, blank=True)
    proposed_values = models.JSONField("valeurs proposées", default=dict, blank=True)
    contact_name = models.CharField("nom (privé)", max_length=120, blank=True)
    contact_email = models.EmailField("e-mail (privé)", blank=True)
    status = models.CharField("état", max_length=12, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField("reçue le", default=timezone.now)
    handled_at = models.DateTimeField("traitée le", null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderator_note = models.TextField("note de modération", blank=True)
    contact_erased_at = models.DateTimeField("contact effacé le", null=True, blank=True)

    class Meta:
        verbose_name = "correction proposée"
        verbose_name_plural = "corrections proposées"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.page.title}"
