"""Business sectors, shared by offers and stories so that both filter on the same list."""

from django.db import models


class Sector(models.TextChoices):
    LOGISTICS = "logistics", "Transport et logistique"
    CONSTRUCTION = "construction", "Bâtiment et travaux publics"
    DIGITAL = "digital", "Numérique"
    HEALTH = "health", "Santé et social"
    ENERGY = "energy", "Énergie et environnement"
    FOOD = "food", "Restauration et alimentation"
    AGRICULTURE = "agriculture", "Agriculture"
    BANKING = "banking", "Banque et assurance"
    CULTURE = "culture", "Culture et patrimoine"
    RETAIL = "retail", "Commerce et vente"
    INDUSTRY = "industry", "Industrie"
    HOSPITALITY = "hospitality", "Hôtellerie et tourisme"
    PUBLIC_SERVICE = "public_service", "Fonction publique"
    OTHER = "other", "Autre secteur"
