"""Company accounts of the company space: who may post offers for which company partner page."""

from django.conf import settings
from django.db import models

__all__ = ["CompanyAccount", "CompanyAccountStatus"]


class CompanyAccountStatus(models.TextChoices):
    PENDING = "pending", "En attente de validation"
    APPROVED = "approved", "Validé"
    REFUSED = "refused", "Refusé"


class CompanyAccount(models.Model):
    """A person who posts offers for a company, once staff have approved the account.

    The user never gets `is_staff`: company people work in /espace-entreprise/, never in /admin/.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="company_account", verbose_name="utilisateur"
    )
    company_name = models.CharField("nom de l'entreprise", max_length=150)
    siret = models.CharField("SIRET", max_length=14, blank=True)
    contact_name = models.CharField("personne à contacter", max_length=120)
    phone = models.CharField("téléphone", max_length=20, blank=True)
    status = models.CharField(
        "statut", max_length=10, choices=CompanyAccountStatus.choices, default=CompanyAccountStatus.PENDING
    )
    email_verified_at = models.DateTimeField("e-mail vérifié le", null=True, blank=True)
    company = models.ForeignKey(
        "partners_directory.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="company_accounts",
        limit_choices_to={"kind": "company"},
        verbose_name="fiche entreprise",
        help_text="La fiche partenaire (type « Entreprise ») au nom de laquelle ce compte publie des offres.",
    )
    # What the company said it would offer when it asked to join (/entreprises/): format keys and a few words.
    offered_formats = models.JSONField("formats proposés", default=list, blank=True)
    offer_message = models.TextField("ce que l'entreprise propose", max_length=1000, blank=True)
    # The colleague who invited this account, if any (company_space.invitations).
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="invité par",
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    reviewed_at = models.DateTimeField("validé ou refusé le", null=True, blank=True)

    class Meta:
        verbose_name = "compte entreprise"
        verbose_name_plural = "comptes entreprises"
        ordering = ["-created_at"]

    def __str__(self):
        return self.company_name

    @property
    def email(self):
        return self.user.email

    @property
    def is_approved(self):
        return self.status == CompanyAccountStatus.APPROVED and self.company_id is not None

    @property
    def is_refused(self):
        return self.status == CompanyAccountStatus.REFUSED

    @property
    def email_verified(self):
        return self.email_verified_at is not None
