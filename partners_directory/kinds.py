"""The kinds of structure a partner can be."""

from django.db import models


class PartnerKind(models.TextChoices):
    ASSOCIATION = "association", "Association"
    MISSION_LOCALE = "mission_locale", "Mission locale"
    FRANCE_TRAVAIL = "france_travail", "France Travail"
    CAP_EMPLOI = "cap_emploi", "Cap emploi"
    E2C = "e2c", "École de la 2e chance (E2C)"
    EPIDE = "epide", "EPIDE"
    SOCIAL_CENTRE = "social_centre", "Centre social"
    PIJ = "pij", "Point information jeunesse (PIJ)"
    LOCAL_AUTHORITY = "local_authority", "Collectivité"
    COMPANY = "company", "Entreprise"
    SCHOOL = "school", "Établissement scolaire"
    OTHER = "other", "Autre"
