"""The programme's field workers: a booster per territory (or several), and where to meet them."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class BoosterQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def territories_of(self, user):
        """Ids of the territories `user` is an active booster of."""
        return self.active().filter(user=user).values("territory_id")


class Booster(models.Model):
    """A booster territorial: their professional contact is public; their admin account sees the requests
    for help of their territory, and only those."""

    territory = models.ForeignKey(
        "portal.Territory", on_delete=models.CASCADE, related_name="boosters", verbose_name="territoire"
    )
    name = models.CharField("nom", max_length=120)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="photo"
    )
    phone = models.CharField("téléphone professionnel", max_length=20, blank=True)
    email = models.EmailField("e-mail professionnel", help_text="Les demandes d'aide du territoire y arrivent.")
    permanence = models.CharField(
        "permanence : jours et heures", max_length=200, blank=True, help_text="Par exemple « le mardi, 14 h – 17 h »."
    )
    permanence_place = models.CharField("lieu de la permanence", max_length=200, blank=True)
    permanence_event = models.ForeignKey(
        "opportunities.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="événement de l'agenda",
        help_text="Si la permanence est dans l'agenda, ses prochaines dates s'affichent sur la page du quartier.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booster_roles",
        verbose_name="compte d'administration",
        help_text=(
            "Ce compte voit les demandes d'aide de ce territoire (et d'aucun autre). Ajoutez-le au groupe Boosters."
        ),
    )
    is_active = models.BooleanField("en poste", default=True)

    objects = BoosterQuerySet.as_manager()

    panels = [
        FieldPanel("territory"),
        FieldPanel("name"),
        FieldPanel("photo"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        MultiFieldPanel(
            [FieldPanel("permanence"), FieldPanel("permanence_place"), FieldPanel("permanence_event")],
            heading="Permanence",
        ),
        FieldPanel("user"),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = "booster"
        ordering = ["territory__name", "name"]

    def __str__(self):
        return f"{self.name} ({self.territory.name})"
