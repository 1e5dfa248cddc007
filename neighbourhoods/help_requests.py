"""Requests for help sent by young people from "Besoin d'un coup de main ?", and the booster's follow-up.

Private records: never published, never indexed by search, never exposed by an API. Only the
boosters of the request's territory and the moderators see them, in the admin (neighbourhoods.admin).
Contact data is erased on request or after HELP_REQUEST_RETENTION_MONTHS (neighbourhoods.erasure).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone


def new_token():
    return secrets.token_urlsafe(32)


class LookingFor(models.TextChoices):
    JOB = "emploi", "Un emploi"
    TRAINING = "formation", "Une formation"
    APPRENTICESHIP = "alternance", "Une alternance"
    INTERNSHIP = "stage", "Un stage"
    PROJECT = "projet", "Monter un projet"
    NOT_SURE = "ne-sait-pas", "Je ne sais pas encore"


class Channel(models.TextChoices):
    PHONE = "telephone", "Par téléphone"
    SMS = "sms", "Par SMS"
    EMAIL = "email", "Par e-mail"


class HelpRequestQuerySet(models.QuerySet):
    def in_pathway(self):
        """Young people whose request led somewhere: accompanied by the booster or oriented to a partner,
        whatever its status became afterwards (a closed request keeps the date it started)."""
        return self.exclude(pathway_started_at=None)

    def visible_to(self, user):
        """What `user` may see in the admin: every request for a moderator, their territories' for a booster
        (once a parent has agreed, for a minor under 15), nothing for anybody else (Communication included)."""
        from neighbourhoods.boosters import Booster

        if not user.is_active or not user.has_perm("neighbourhoods.view_helprequest"):
            return self.none()
        if user.is_superuser or user.has_perm(SEE_ALL_PERMISSION):
            return self
        # A minor's request reaches the booster only once a parent has agreed, in the admin as by e-mail.
        mine = self.filter(territory__in=Booster.objects.territories_of(user))
        return mine.exclude(status=HelpRequest.Status.AWAITING_PARENT)


SEE_ALL_PERMISSION = "neighbourhoods.see_all_help_requests"


class HelpRequest(models.Model):
    class Status(models.TextChoices):
        AWAITING_PARENT = "attente-parent", "En attente de l'accord d'un parent"
        NEW = "nouvelle", "Nouvelle"
        CONTACTED = "contactee", "Contactée"
        ACCOMPANIED = "accompagnee", "Accompagnée par le booster"
        ORIENTED = "orientee", "Orientée vers…"
        CLOSED = "close", "Close"

    # The statuses that put a young person "en parcours" (counted by the programme's indicators).
    PATHWAY_STATUSES = (Status.ACCOMPANIED, Status.ORIENTED)

    territory = models.ForeignKey(
        "portal.Territory", on_delete=models.PROTECT, related_name="help_requests", verbose_name="territoire"
    )
    first_name = models.CharField("prénom", max_length=40, blank=True)
    age = models.PositiveSmallIntegerField("âge")
    looking_for = models.CharField("ce qu'il ou elle cherche", max_length=20, choices=LookingFor.choices)
    channel = models.CharField("comment le ou la joindre", max_length=12, choices=Channel.choices)
    phone = models.CharField("téléphone", max_length=20, blank=True)
    email = models.EmailField("e-mail", blank=True)
    message = models.TextField("quelques mots", max_length=600, blank=True)
    parent_name = models.CharField("nom du parent", max_length=120, blank=True)
    parent_email = models.EmailField("e-mail du parent", blank=True)
    parent_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    consent_version = models.CharField("version du texte accepté", max_length=20)
    consent_given_at = models.DateTimeField("accord donné le", default=timezone.now)
    parent_consent_version = models.CharField("version du texte accepté par le parent", max_length=20, blank=True)
    parent_consent_at = models.DateTimeField("accord du parent le", null=True, blank=True)
    status = models.CharField("état", max_length=20, choices=Status.choices, default=Status.NEW)
    oriented_to = models.CharField(
        "orientée vers", max_length=200, blank=True, help_text="La structure ou le dispositif (Mission locale, E2C…)."
    )
    created_at = models.DateTimeField("reçue le", default=timezone.now)
    routed_at = models.DateTimeField("transmise le", null=True, blank=True)
    pathway_started_at = models.DateTimeField("en parcours depuis le", null=True, blank=True)
    closed_at = models.DateTimeField("close le", null=True, blank=True)
    contact_erased_at = models.DateTimeField("coordonnées effacées le", null=True, blank=True)

    objects = HelpRequestQuerySet.as_manager()

    class Meta:
        verbose_name = "demande d'aide"
        verbose_name_plural = "demandes d'aide"
        ordering = ["-created_at"]
        permissions = [
            ("see_all_help_requests", "Voit les demandes d'aide de tous les territoires"),
            ("erase_helprequest", "Peut effacer les données personnelles d'une demande d'aide"),
        ]

    def __str__(self):
        return f"{self.first_name or '(effacé)'}, {self.age} ans — {self.created_at:%d/%m/%Y}"

    @property
    def is_erased(self):
        return self.contact_erased_at is not None

    def contact_line(self):
        if self.channel == Channel.EMAIL:
            return self.email
        return self.phone


class HelpRequestNote(models.Model):
    """A dated note of the booster's follow-up (a call, an appointment, where the young person was oriented)."""

    request = models.ForeignKey(HelpRequest, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField("note", max_length=2000)
    created_at = models.DateTimeField("écrite le", default=timezone.now)

    class Meta:
        verbose_name = "note de suivi"
        verbose_name_plural = "notes de suivi"
        ordering = ["created_at"]
