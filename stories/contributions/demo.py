"""Demo contributions waiting in the moderators' queue (fictional young people, @impact-jeunes.example)."""

from portal.models import Territory
from stories.consent.models import Contribution
from stories.contributions import intake, workflow

DEMO_CONTRIBUTIONS = [
    {
        "first_name": "Nour",
        "age": 19,
        "territory": "lauriers-oliviers-malpasse",
        "outcome": "formation",
        "sector": "",
        "email": "nour.demo@impact-jeunes.example",
        "story": (
            "Après le bac, je suis restée un an sans rien faire. Je me levais tard, je ne voyais plus personne.\n\n"
            "Une animatrice du centre social est venue nous parler au pied de l'immeuble d'une information "
            "collective sur les métiers du soin. J'y suis allée pour lui faire plaisir.\n\n"
            "Là-bas, j'ai rencontré une aide-soignante qui m'a laissée la suivre une journée. Aujourd'hui je suis "
            "en formation et je sais pourquoi je me lève le matin."
        ),
    },
    {
        "first_name": "Ilyes",
        "age": 14,
        "territory": "ferrages-centre-ville",
        "outcome": "",
        "sector": "",
        "email": "ilyes.demo@impact-jeunes.example",
        "parent_name": "Samia (parent d'Ilyes)",
        "parent_email": "parent.ilyes.demo@impact-jeunes.example",
        "story": (
            "Pour mon stage de 3e, je ne connaissais personne. Le professeur principal m'a montré les offres "
            "du site et j'ai choisi une semaine dans un garage.\n\n"
            "Le patron m'a laissé démonter une roue dès le deuxième jour. J'ai compris que j'aimais réparer les "
            "choses avec mes mains, et maintenant je veux faire un bac pro."
        ),
    },
]


def load(index, report):
    workflow.story_workflow(index)
    territories = {territory.slug: territory for territory in Territory.objects.all()}
    fallback = Territory.objects.order_by("pk").first()
    for data in DEMO_CONTRIBUTIONS:
        if Contribution.objects.filter(email=data["email"]).exists():
            continue
        cleaned = {**data, "territory": territories.get(data["territory"], fallback), "photo": None}
        intake.receive(cleaned, index, notify=False)
