"""Who an offer or an event is for: one list, so that offers, events and the sign-up form read it alike.

The stored values are the offers' (they are in the public API); events were migrated onto them.
"""

from django.db import models


class Audience(models.TextChoices):
    COLLEGIENS_3E = "collegiens_3e", "Collégiens de 3e"
    COLLEGIENS = "collegiens", "Collégiens"
    LYCEENS = "lyceens", "Lycéens"
    YOUNG_16_25 = "16_25", "16–25 ans"
    UNDER_30 = "moins_30", "Jeunes de moins de 30 ans"
    EVERYONE = "tous", "Tout public"
