"""The demo agenda's events at demo partners of several territories, dated from the day the demo is built
(the next three months, a few past ones). Loaded by `opportunities/agenda/demo.py`."""

import datetime

from opportunities.agenda.models import EventCategory, EventDateChange
from opportunities.agenda.recurrence import Frequency
from portal.audiences import Audience
from portal.dates import PARIS

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = range(5)


def on_or_after(day, weekday, weeks_later=0):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7 + 7 * weeks_later)


def first_weekday_of_month(month_start, weekday):
    return on_or_after(month_start.replace(day=1), weekday)


def next_first_weekday(today, weekday):
    """The next first <weekday> of a month, today included."""
    this_month = first_weekday_of_month(today, weekday)
    if this_month >= today:
        return this_month
    return first_weekday_of_month((today.replace(day=1) + datetime.timedelta(days=32)), weekday)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=PARIS)


def events(today):
    """(fields, date changes) of each demo event; dates relative to `today`."""
    first_thursday = next_first_weekday(today, THURSDAY)
    second_tuesday = on_or_after(next_first_weekday(today, TUESDAY), TUESDAY, 1)
    tuesday = on_or_after(today + datetime.timedelta(days=1), TUESDAY)
    wednesday = on_or_after(today + datetime.timedelta(days=1), WEDNESDAY)

    def in_days(n):
        # On a weekday, as the partners' events are.
        day = today + datetime.timedelta(days=n)
        return day + datetime.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)

    following_first_thursday = first_weekday_of_month(first_thursday.replace(day=28) + datetime.timedelta(days=7), 3)
    return [
        (
            {
                "slug": "permanence-emploi-malpasse",
                "title": "Permanence emploi à Malpassé",
                "category": EventCategory.JOB_DROP_IN,
                "summary": (
                    "Un conseiller t'aide à trouver un emploi, une formation ou une alternance. Sans rendez-vous."
                ),
                "start": at(first_thursday, 14),
                "end": at(first_thursday, 17),
                "frequency": Frequency.MONTHLY_BY_WEEKDAY,
                "week_of_month": 1,
                "repeat_until": in_days(200),
                "place": "centre-social-malpasse",
                "organiser": "mission-locale-marseille-nord-est",
                "audience": Audience.YOUNG_16_25,
                "description": (
                    "<p>Chaque premier jeudi du mois, la Mission locale tient une permanence au centre social. "
                    "Viens avec ton CV si tu en as un, sinon on le commence ensemble.</p>"
                ),
            },
            [
                {
                    "date": following_first_thursday,
                    "status": EventDateChange.CANCELLED,
                    "note": "Permanence annulée ce jour-là : l'équipe est en formation. Rendez-vous le mois suivant.",
                }
            ],
        ),
        (
            {
                "slug": "permanence-emploi-tarascon",
                "title": "Permanence emploi aux Ferrages",
                "category": EventCategory.JOB_DROP_IN,
                "summary": (
                    "Tous les mardis matin, une conseillère répond à tes questions sur l'emploi et la formation."
                ),
                "start": at(tuesday, 9, 30),
                "end": at(tuesday, 12),
                "frequency": Frequency.WEEKLY,
                "repeat_until": in_days(90),
                "place": "centre-social-ferrages",
                "organiser": "mission-locale-arles-tarascon",
                "audience": Audience.YOUNG_16_25,
            },
            [
                {
                    "date": on_or_after(tuesday, TUESDAY, 3),
                    "status": EventDateChange.MOVED,
                    "new_start": at(on_or_after(tuesday, TUESDAY, 3) + datetime.timedelta(days=1), 14),
                    "new_end": at(on_or_after(tuesday, TUESDAY, 3) + datetime.timedelta(days=1), 16, 30),
                    "note": "Exceptionnellement le mercredi après-midi.",
                }
            ],
        ),
        (
            {
                "slug": "forum-emploi-marseille-nord",
                "title": "Forum emploi des quartiers Nord",
                "category": EventCategory.JOB_FAIR,
                "summary": (
                    "Trente entreprises qui recrutent, des offres en CDI, CDD et alternance. Viens avec ton CV."
                ),
                "start": at(in_days(24), 9),
                "end": at(in_days(24), 13),
                "place": "centre-social-malpasse",
                "organiser": "france-travail-marseille-13013",
                "audience": Audience.EVERYONE,
                "description": (
                    "<p>Logistique, santé, commerce, bâtiment : les recruteurs viennent à toi. "
                    "Un espace « coup de pouce CV » est ouvert toute la matinée.</p>"
                ),
            },
            [],
        ),
        (
            {
                "slug": "atelier-cv-belsunce",
                "title": "Atelier CV et lettre de motivation",
                "category": EventCategory.CV_WORKSHOP,
                "summary": "Deux heures pour faire un CV qui donne envie de te rencontrer. Ordinateurs sur place.",
                "start": at(wednesday, 14),
                "end": at(wednesday, 16),
                "frequency": Frequency.WEEKLY,
                "interval": 2,
                "repeat_until": in_days(92),
                "place": "asso-ecrans-ouverts",
                "organiser": "asso-ecrans-ouverts",
                "audience": Audience.UNDER_30,
                "signup_enabled": True,
                "seats": 8,
                "notification_email": "ecrans-ouverts@impact-jeunes.example",
            },
            [],
        ),
        (
            {
                "slug": "atelier-cv-saint-mauront",
                "title": "Atelier CV à Saint-Mauront",
                "category": EventCategory.CV_WORKSHOP,
                "summary": "On met en valeur ce que tu sais faire, même sans expérience : sport, bénévolat, stages.",
                "start": at(in_days(9), 10),
                "end": at(in_days(9), 12),
                "place": "centre-social-saint-mauront",
                "organiser": "asso-les-batisseurs-du-quartier",
                "audience": Audience.YOUNG_16_25,
                "signup_enabled": True,
                "seats": 10,
                "notification_email": "batisseurs@impact-jeunes.example",
            },
            [],
        ),
        (
            {
                "slug": "atelier-cv-arles",
                "title": "Atelier CV au PIJ d'Arles",
                "category": EventCategory.CV_WORKSHOP,
                "summary": (
                    "Ton premier CV pour un job d'été ou un stage, avec l'équipe du Point information jeunesse."
                ),
                "start": at(in_days(16), 14),
                "end": at(in_days(16), 16, 30),
                "place": "pij-arles",
                "organiser": "pij-arles",
                "audience": Audience.LYCEENS,
            },
            [],
        ),
        (
            {
                "slug": "atelier-cv-chateaurenard",
                "title": "Atelier CV à Châteaurenard",
                "category": EventCategory.CV_WORKSHOP,
                "summary": "Chaque mois, le service jeunesse t'aide à préparer ton CV et tes candidatures.",
                "start": at(in_days(5), 17),
                "end": at(in_days(5), 19),
                "frequency": Frequency.MONTHLY_BY_DATE,
                "repeat_until": in_days(120),
                "place": "ville-de-chateaurenard-jeunesse",
                "organiser": "ville-de-chateaurenard-jeunesse",
                "audience": Audience.UNDER_30,
            }
            if in_days(5).day <= 28
            else {
                "slug": "atelier-cv-chateaurenard",
                "title": "Atelier CV à Châteaurenard",
                "category": EventCategory.CV_WORKSHOP,
                "summary": "Le service jeunesse t'aide à préparer ton CV et tes candidatures.",
                "start": at(in_days(8), 17),
                "end": at(in_days(8), 19),
                "place": "ville-de-chateaurenard-jeunesse",
                "organiser": "ville-de-chateaurenard-jeunesse",
                "audience": Audience.UNDER_30,
            },
            [],
        ),
        (
            {
                "slug": "information-collective-e2c",
                "title": "Information collective de l'École de la 2e chance",
                "category": EventCategory.INFO_SESSION,
                "summary": (
                    "Découvre l'E2C : une formation rémunérée pour les 16-25 ans sortis de l'école sans diplôme."
                ),
                "start": at(second_tuesday, 10),
                "end": at(second_tuesday, 12),
                "frequency": Frequency.MONTHLY_BY_WEEKDAY,
                "week_of_month": 2,
                "repeat_until": in_days(180),
                "place": "e2c-marseille",
                "organiser": "e2c-marseille",
                "audience": Audience.YOUNG_16_25,
                "signup_enabled": True,
                "seats": 15,
                "notification_email": "e2c@impact-jeunes.example",
                "description": (
                    "<p>Présentation du parcours, visite des locaux et échange avec des stagiaires. "
                    "Tu peux venir accompagné.</p>"
                ),
            },
            [],
        ),
        (
            {
                "slug": "information-collective-epide",
                "title": "Information collective de l'EPIDE",
                "category": EventCategory.INFO_SESSION,
                "summary": (
                    "Un internat, une formation, un emploi : l'EPIDE présente son accompagnement aux 17-25 ans."
                ),
                "start": at(in_days(19), 14),
                "end": at(in_days(19), 16),
                "place": "epide-marseille",
                "organiser": "epide-marseille",
                "audience": Audience.YOUNG_16_25,
            },
            [],
        ),
        (
            {
                "slug": "job-dating-logistique",
                "title": "Job dating logistique",
                "category": EventCategory.JOB_DATING,
                "summary": "Dix minutes pour convaincre : préparateurs de commandes et caristes, débutants acceptés.",
                "start": at(in_days(38), 9),
                "end": at(in_days(38), 12),
                "place": "entreprise-sud-logistique",
                "organiser": "france-travail-marseille-13013",
                "audience": Audience.YOUNG_16_25,
                "signup_enabled": True,
                "seats": 20,
                "notification_email": "job-dating@impact-jeunes.example",
            },
            [],
        ),
        (
            {
                "slug": "job-dating-tarascon",
                "title": "Job dating des métiers de bouche",
                "category": EventCategory.JOB_DATING,
                "summary": "Boulangerie, restauration, conserverie : des employeurs de Tarascon recrutent.",
                "start": at(in_days(47), 14),
                "end": at(in_days(47), 17),
                "place": "entreprise-saveurs-tarascon",
                "organiser": "france-travail-tarascon",
                "audience": Audience.EVERYONE,
            },
            [],
        ),
        (
            {
                "slug": "forum-alternance-arles",
                "title": "Forum de l'alternance à Trébon",
                "category": EventCategory.JOB_FAIR,
                "summary": "Centres de formation et entreprises pour trouver ton contrat d'apprentissage.",
                "start": at(in_days(61), 13, 30),
                "end": at(in_days(61), 17, 30),
                "place": "asso-trajectoires-arles",
                "organiser": "asso-trajectoires-arles",
                "audience": Audience.UNDER_30,
            },
            [],
        ),
        (
            {
                "slug": "atelier-entretien-la-rose",
                "title": "Atelier : réussir son entretien d'embauche",
                "category": EventCategory.OTHER,
                "summary": "Simulations d'entretien filmées et conseils, sur place ou en visio.",
                "start": at(in_days(11), 18),
                "end": at(in_days(11), 20),
                "place": "asso-rose-avenir",
                "organiser": "asso-rose-avenir",
                "audience": Audience.UNDER_30,
                "online_url": "https://visio.impact-jeunes.example/atelier-entretien",
            },
            [],
        ),
        (
            {
                "slug": "permanence-cap-emploi",
                "title": "Permanence Cap emploi",
                "category": EventCategory.JOB_DROP_IN,
                "summary": "Pour les jeunes en situation de handicap : emploi, formation, aménagement de poste.",
                "start": at(on_or_after(next_first_weekday(today, FRIDAY), FRIDAY, 2), 9),
                "end": at(on_or_after(next_first_weekday(today, FRIDAY), FRIDAY, 2), 12),
                "frequency": Frequency.MONTHLY_BY_WEEKDAY,
                "week_of_month": 3,
                "place": "cap-emploi-13",
                "organiser": "cap-emploi-13",
                "audience": Audience.EVERYONE,
            },
            [],
        ),
        (
            {
                "slug": "information-collective-garantie-jeunes",
                "title": "Information collective : le Contrat d'engagement jeune",
                "category": EventCategory.INFO_SESSION,
                "summary": "Un accompagnement intensif et une allocation : tout savoir sur le CEJ en une heure.",
                "start": at(in_days(21), 10),
                "end": at(in_days(21), 11),
                "place": "mission-locale-arles-tarascon",
                "organiser": "mission-locale-arles-tarascon",
                "audience": Audience.YOUNG_16_25,
            },
            [],
        ),
        (
            {
                "slug": "forum-emploi-automne",
                "title": "Forum emploi d'automne",
                "category": EventCategory.JOB_FAIR,
                "summary": "Le forum de l'automne : 25 entreprises et 300 visiteurs.",
                "start": at(in_days(-34), 9),
                "end": at(in_days(-34), 13),
                "place": "centre-social-saint-mauront",
                "organiser": "france-travail-marseille-13013",
                "audience": Audience.EVERYONE,
            },
            [],
        ),
        (
            {
                "slug": "atelier-cv-de-rentree",
                "title": "Atelier CV de rentrée",
                "category": EventCategory.CV_WORKSHOP,
                "summary": "Un atelier pour repartir du bon pied après l'été.",
                "start": at(in_days(-12), 14),
                "end": at(in_days(-12), 16),
                "place": "pij-tarascon",
                "organiser": "pij-tarascon",
                "audience": Audience.LYCEENS,
            },
            [],
        ),
        (
            {
                "slug": "job-dating-sante",
                "title": "Job dating des métiers de la santé",
                "category": EventCategory.JOB_DATING,
                "summary": "Agents de service hospitalier et aides-soignants : la clinique a rencontré 40 jeunes.",
                "start": at(in_days(-55), 9),
                "end": at(in_days(-55), 12),
                "place": "entreprise-clinique-des-oliviers",
                "organiser": "entreprise-clinique-des-oliviers",
                "audience": Audience.YOUNG_16_25,
            },
            [],
        ),
    ]
