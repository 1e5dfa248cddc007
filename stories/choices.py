"""The vocabularies a story is described with (seed 000: the three profiles of young people)."""

from django.db import models


class Profile(models.TextChoices):
    DISILLUSIONED = "desillusionne", "Désillusionné·e"
    DETERMINED = "determine", "Déterminé·e"
    CONQUEROR = "conquerant", "Conquérant·e"


class Outcome(models.TextChoices):
    JOB = "emploi", "Emploi"
    TRAINING = "formation", "Formation"
    APPRENTICESHIP = "alternance", "Alternance"
    BUSINESS = "creation", "Création d'entreprise"
    BACK_TO_SCHOOL = "reprise-etudes", "Reprise d'études"
    COMMITMENT = "engagement", "Engagement"


PROFILE_HELP = {
    Profile.DISILLUSIONED: "Ne croyait plus en rien, a repris confiance.",
    Profile.DETERMINED: "Savait ce qu'il ou elle voulait, a trouvé le bon chemin.",
    Profile.CONQUEROR: "Avait déjà un projet, a pris de l'élan.",
}
