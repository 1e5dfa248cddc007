"""Who sent a story and what they (and a parent) agreed to: private records, never published.

None of these models is indexed by search or exposed by an API; only moderators see them,
in the admin. Contact data is erased on request or after the retention period.
"""

import secrets

from django.db import models
from django.utils import timezone

from stories.consent import wording

# Moderators hold it (stories/migrations): delete a contributed story, see its photo before the consents.
MODERATE_PERMISSION = "stories.moderate_contributed_story"


def new_token():
    return secrets.token_urlsafe(32)


class Contribution(models.Model):
    class Status(models.TextChoices):
        AWAITING_PARENT = "attente-parent", "En attente de l'accord d'un parent"
        IN_MODERATION = "moderation", "En modération"
        CHANGES_REQUESTED = "modifications", "Modifications demandées"
        PUBLISHED = "publiee", "Publiée"
        WITHDRAWN = "retiree", "Accord retiré"
        ERASED = "effacee", "Données effacées"

    story = models.OneToOneField(
        "stories.StoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contribution",
        verbose_name="histoire",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="story_contributions",
        verbose_name="photo envoyée",
    )
    first_name = models.CharField("prénom ou pseudo", max_length=40, blank=True)
    age = models.PositiveSmallIntegerField("âge")
    email = models.EmailField("e-mail du jeune", blank=True)
    parent_name = models.CharField("nom du parent", max_length=120, blank=True)
    parent_email = models.EmailField("e-mail du parent", blank=True)
    contributor_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    parent_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    status = models.CharField("état", max_length=20, choices=Status.choices, default=Status.IN_MODERATION)
    created_at = models.DateTimeField("envoyée le", default=timezone.now)
    parent_confirmed_at = models.DateTimeField("accord du parent le", null=True, blank=True)
    submitted_at = models.DateTimeField("mise en modération le", null=True, blank=True)
    decided_at = models.DateTimeField("décision le", null=True, blank=True)
    withdrawn_at = models.DateTimeField("accord retiré le", null=True, blank=True)
    contact_erased_at = models.DateTimeField("coordonnées effacées le", null=True, blank=True)

    class Meta:
        verbose_name = "contribution"
        ordering = ["-created_at"]
        permissions = [
            ("erase_contribution", "Peut effacer les données personnelles d'une contribution"),
            (
                "moderate_contributed_story",
                "Peut supprimer une histoire envoyée par un jeune et voir sa photo avant les accords",
            ),
        ]

    def __str__(self):
        name = self.first_name or "(effacé)"
        return f"{name}, {self.age} ans — {self.created_at:%d/%m/%Y}"

    @property
    def is_minor(self):
        return self.age < 18

    @property
    def needs_parent(self):
        """Under 15 a parent agrees to publication; a minor's photo, or a minor's wish that the story be
        reused beyond the site, needs a parent's answer too."""
        return self.age < 15 or (self.is_minor and (self.photo_id is not None or self.wants_reuse))

    @property
    def wants_reuse(self):
        return bool(self.consent(wording.REUSE_STORY) or self.consent(wording.REUSE_PHOTO))

    def recipients(self):
        return [address for address in (self.email, self.parent_email) if address]

    def consents_summary(self):
        lines = []
        for consent in self.consents.all():
            line = f"{consent} — donné le {timezone.localtime(consent.given_at):%d/%m/%Y %H:%M}"
            if consent.withdrawn_at:
                line += f", retiré le {timezone.localtime(consent.withdrawn_at):%d/%m/%Y %H:%M}"
            lines.append(line)
        return " ; ".join(lines) or "—"

    consents_summary.short_description = "accords (version du texte, date)"

    def consent(self, kind):
        return next((c for c in self.consents.all() if c.kind == kind and not c.withdrawn_at), None)


class Consent(models.Model):
    class Kind(models.TextChoices):
        PUBLICATION = wording.PUBLICATION, "Publication (jeune)"
        IMAGE_RIGHTS = wording.IMAGE_RIGHTS, "Droit à l'image (jeune)"
        PARENT_PUBLICATION = wording.PARENT_PUBLICATION, "Publication (parent)"
        PARENT_IMAGE_RIGHTS = wording.PARENT_IMAGE_RIGHTS, "Droit à l'image (parent)"
        REUSE_STORY = wording.REUSE_STORY, "Reprise de l'histoire : réseaux et imprimés (jeune)"
        REUSE_PHOTO = wording.REUSE_PHOTO, "Reprise de la photo : réseaux et imprimés (jeune)"
        PARENT_REUSE_STORY = wording.PARENT_REUSE_STORY, "Reprise de l'histoire : réseaux et imprimés (parent)"
        PARENT_REUSE_PHOTO = wording.PARENT_REUSE_PHOTO, "Reprise de la photo : réseaux et imprimés (parent)"

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField("accord", max_length=30, choices=Kind.choices)
    wording_version = models.CharField("version du texte", max_length=20)
    given_at = models.DateTimeField("donné le", default=timezone.now)
    withdrawn_at = models.DateTimeField("retiré le", null=True, blank=True)

    class Meta:
        verbose_name = "accord"
        ordering = ["given_at"]

    def __str__(self):
        return f"{self.get_kind_display()} — version {self.wording_version}"

    @property
    def wording(self):
        return wording.text(self.kind, self.wording_version)
