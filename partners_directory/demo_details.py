"""What the fictional demo partners offer, by kind: themes, publics, hours and 1–3 services each.

Values are data·inclusion codes (checked against the package by the tests); the
phone numbers are in the 04 65 71 range that ARCEP keeps for fiction.
"""

CHOOSE = "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"
STRENGTHS = "choisir-un-metier--identifier-ses-points-forts-et-ses-competences"
CV = "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"
NETWORK = "preparer-sa-candidature--developper-son-reseau"
INTERVIEW = "trouver-un-emploi--convaincre-un-recruteur-en-entretien"
JOB_OFFERS = "trouver-un-emploi--repondre-a-des-offres-demploi"
TRAINING = "se-former--trouver-sa-formation"
TRAINING_FILE = "se-former--monter-son-dossier-de-formation"
RIGHTS = "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"
PAPERS = "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"
HOUSING = "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement"
LICENCE = "mobilite--preparer-un-permis"
MOBILITY = "mobilite--etre-accompagne-dans-son-parcours-mobilite"
CONFIDENCE = "remobilisation--bien-etre-confiance-en-soi"
SPORT_CULTURE = "remobilisation--activites-sportives-et-culturelles"
VOLUNTEERING = "remobilisation--benevolat-action-citoyenne"
DIGITAL = "numerique--maitriser-les-fondamentaux-du-numerique"
ONLINE = "numerique--acceder-a-des-services-en-ligne"
HEALTH = "sante--acces-aux-soins"
FRENCH = "lecture-ecriture-calcul--maitriser-le-francais"
BUSINESS = "creer-une-entreprise--definir-son-projet-de-creation-dentreprise"
ABROAD = "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger"

YOUTH = "jeunes"
QPV = "residents-qpv-frr"
JOBSEEKERS = "demandeurs-emploi"
DISABILITY = "personnes-en-situation-de-handicap"
FAMILIES = "familles"
STUDENTS = "etudiants"

OFFICE_HOURS = "Mo-Fr 09:00-12:30,13:30-17:00"


def service(name, service_type, description, themes, publics, modes=("en-presentiel",)):
    return {
        "name": name,
        "service_type": service_type,
        "description": description,
        "themes": list(themes),
        "publics": list(publics),
        "reception_modes": list(modes),
    }


KIND_DETAILS = {
    "mission_locale": {
        "themes": [CHOOSE, TRAINING, CV, JOB_OFFERS, HOUSING, HEALTH, LICENCE],
        "publics": [YOUTH, QPV],
        "networks": ["mission-locale"],
        "opening_hours": "Mo-Th 08:30-12:30,13:30-17:00; Fr 08:30-12:30",
        "accessibility": "Accueil de plain-pied, accessible en fauteuil roulant.",
        "services": [
            service(
                "Premier accueil sans rendez-vous",
                "information",
                "Tu passes, un conseiller t'écoute et regarde avec toi ce qui peut t'aider : "
                "emploi, formation, logement, santé ou transport.",
                [CHOOSE, TRAINING, HOUSING],
                [YOUTH],
            ),
            service(
                "Contrat d'engagement jeune (CEJ)",
                "accompagnement",
                "Un accompagnement de 15 à 20 heures par semaine avec un conseiller attitré, "
                "et une allocation selon ta situation.",
                [JOB_OFFERS, TRAINING, CV],
                [YOUTH],
                ("en-presentiel", "a-distance"),
            ),
            service(
                "Atelier CV et lettre de motivation",
                "atelier",
                "Deux heures en petit groupe pour écrire un CV qui te ressemble. Apporte ce que tu as déjà.",
                [CV],
                [YOUTH],
            ),
        ],
    },
    "france_travail": {
        "themes": [JOB_OFFERS, INTERVIEW, TRAINING_FILE, CV, BUSINESS],
        "publics": [JOBSEEKERS, YOUTH],
        "networks": ["france-travail"],
        "opening_hours": "Mo-We 08:30-12:30,13:30-16:30; Th 08:30-12:30; Fr 08:30-12:30,13:30-15:30",
        "accessibility": "Bâtiment accessible, boucle magnétique à l'accueil.",
        "services": [
            service(
                "Inscription et premier entretien",
                "information",
                "On t'aide à t'inscrire et à préparer ton premier rendez-vous avec un conseiller.",
                [JOB_OFFERS],
                [JOBSEEKERS],
                ("en-presentiel", "a-distance"),
            ),
            service(
                "Atelier « Réussir son entretien d'embauche »",
                "atelier",
                "Simulation d'entretien et conseils pour parler de toi avec confiance devant un recruteur.",
                [INTERVIEW],
                [JOBSEEKERS, YOUTH],
            ),
        ],
    },
    "cap_emploi": {
        "themes": [JOB_OFFERS, TRAINING, "trouver-un-emploi--maintien-dans-lemploi"],
        "publics": [DISABILITY],
        "networks": ["cap-emploi-reseau-cheops"],
        "opening_hours": "Mo-Fr 09:00-12:00,14:00-17:00",
        "accessibility": "Locaux accessibles en fauteuil, accueil possible en langue des signes sur rendez-vous.",
        "services": [
            service(
                "Accompagnement vers l'emploi",
                "accompagnement",
                "Un conseiller spécialisé t'aide à trouver un emploi adapté à ta situation de handicap.",
                [JOB_OFFERS],
                [DISABILITY],
                ("en-presentiel", "a-distance"),
            ),
        ],
    },
    "e2c": {
        "themes": [STRENGTHS, TRAINING, FRENCH, DIGITAL, CHOOSE],
        "publics": [YOUTH],
        "networks": ["ecoles-de-la-deuxieme-chance"],
        "opening_hours": "Mo-Fr 08:30-17:00",
        "accessibility": "Accessible en fauteuil roulant, ascenseur.",
        "services": [
            service(
                "Parcours de formation en alternance",
                "formation",
                "Des cours de français, de maths et de numérique, et des stages en entreprise "
                "pour construire ton projet.",
                [TRAINING, FRENCH, DIGITAL],
                [YOUTH],
            ),
            service(
                "Réunion d'information",
                "information",
                "Chaque mardi à 14 h : découvre l'école et pose toutes tes questions.",
                [TRAINING],
                [YOUTH],
            ),
        ],
    },
    "epide": {
        "themes": [CONFIDENCE, LICENCE, JOB_OFFERS, SPORT_CULTURE],
        "publics": [YOUTH],
        "networks": ["epide"],
        "opening_hours": "Mo-Fr 08:00-17:00",
        "accessibility": "",
        "services": [
            service(
                "Parcours en internat",
                "accompagnement",
                "Huit mois en internat pour reprendre confiance, passer le code et le permis, et trouver un emploi.",
                [CONFIDENCE, LICENCE, JOB_OFFERS],
                [YOUTH],
            ),
        ],
    },
    "social_centre": {
        "themes": [PAPERS, ONLINE, FRENCH, SPORT_CULTURE, "famille--soutien-a-la-parentalite-et-a-leducation"],
        "publics": [FAMILIES, YOUTH, QPV],
        "networks": ["fcsf"],
        "opening_hours": "Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00",
        "accessibility": "Accueil au rez-de-chaussée.",
        "services": [
            service(
                "Accompagnement scolaire",
                "atelier",
                "Aide aux devoirs pour les collégiens, du lundi au jeudi après les cours.",
                [FRENCH],
                [YOUTH, FAMILIES],
            ),
            service(
                "Point numérique",
                "aide-materielle",
                "Des ordinateurs en accès libre et quelqu'un pour t'aider dans tes démarches en ligne.",
                [ONLINE, DIGITAL],
                ["tous-publics"],
            ),
            service(
                "Permanence d'accès aux droits",
                "information",
                "CAF, santé, papiers : un écrivain public t'aide à remplir tes dossiers.",
                [PAPERS, RIGHTS],
                ["tous-publics"],
            ),
        ],
    },
    "pij": {
        "themes": [CHOOSE, HOUSING, ABROAD, MOBILITY, CV],
        "publics": [YOUTH, STUDENTS],
        "networks": [],
        "opening_hours": "Tu-Fr 10:00-12:30,13:30-18:00; Sa 10:00-13:00",
        "accessibility": "Accessible en fauteuil roulant.",
        "services": [
            service(
                "Infos jobs d'été et BAFA",
                "information",
                "Offres de jobs saisonniers, aides au BAFA et conseils pour ton premier contrat.",
                [JOB_OFFERS, CHOOSE],
                [YOUTH],
            ),
            service(
                "Partir à l'étranger",
                "information",
                "Volontariat, Erasmus+, jobs à l'étranger : on t'aide à préparer ton départ.",
                [ABROAD],
                [YOUTH, STUDENTS],
                ("en-presentiel", "a-distance"),
            ),
        ],
    },
    "local_authority": {
        "themes": [VOLUNTEERING, SPORT_CULTURE, CHOOSE],
        "publics": [YOUTH],
        "networks": ["communes"],
        "opening_hours": "Mo-Fr 08:30-12:00,13:30-17:00",
        "accessibility": "Mairie accessible, ascenseur.",
        "services": [
            service(
                "Chantiers jeunes",
                "accompagnement",
                "Une semaine de chantier dans la commune pendant les vacances, "
                "contre une aide pour ton permis ou ton BAFA.",
                [VOLUNTEERING, LICENCE],
                [YOUTH],
            ),
        ],
    },
    "association": {
        "themes": [CONFIDENCE, NETWORK, CHOOSE, SPORT_CULTURE],
        "publics": [YOUTH, QPV],
        "networks": [],
        "opening_hours": "Mo-Fr 10:00-18:00",
        "accessibility": "",
        "services": [
            service(
                "Parrainage par un professionnel",
                "accompagnement",
                "Un parrain ou une marraine qui travaille dans le métier qui t'intéresse "
                "te conseille pendant six mois.",
                [NETWORK, CHOOSE],
                [YOUTH],
            ),
            service(
                "Ateliers confiance en soi",
                "atelier",
                "Théâtre, sport et prise de parole pour oser te présenter et parler de tes projets.",
                [CONFIDENCE, SPORT_CULTURE],
                [YOUTH],
            ),
        ],
    },
    "school": {
        "themes": [CHOOSE],
        "publics": [YOUTH],
        "networks": [],
        "opening_hours": "Mo-Fr 08:00-17:30",
        "accessibility": "",
        "services": [
            service(
                "Forum des métiers",
                "information",
                "Une fois par an, des professionnels viennent présenter leur métier aux élèves de 4e et de 3e.",
                [CHOOSE],
                [YOUTH],
            ),
        ],
    },
    "company": {
        "themes": [CHOOSE, "choisir-un-metier--connaitre-les-opportunites-demploi"],
        "publics": [YOUTH],
        "networks": [],
        "opening_hours": "Mo-Fr 09:00-17:00",
        "accessibility": "",
        "services": [
            service(
                "Stage d'observation de 3e",
                "information",
                "Une semaine pour découvrir nos métiers aux côtés de nos équipes.",
                [CHOOSE],
                [YOUTH],
            ),
            service(
                "Visite de l'entreprise",
                "information",
                "Une matinée pour voir comment on travaille et poser tes questions aux salariés.",
                [CHOOSE, "choisir-un-metier--connaitre-les-opportunites-demploi"],
                [YOUTH],
            ),
        ],
    },
}


def details_for(kind, number):
    """Contact and offer details for the `number`-th demo partner of `kind`."""
    details = KIND_DETAILS.get(kind, KIND_DETAILS["association"])
    services = details["services"]
    # Vary the number of services (1 to 3) without randomness, so the demo is reproducible.
    count = 1 + (number % len(services)) if len(services) > 1 else 1
    return {
        "themes": details["themes"],
        "publics": details["publics"],
        "networks": details["networks"],
        "opening_hours": details["opening_hours"],
        "accessibility": details["accessibility"],
        "phone": f"04 65 71 {10 + number % 90:02d} {(number * 37) % 100:02d}",
        "services": services[: max(count, 1)],
    }
