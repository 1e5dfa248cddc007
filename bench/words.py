"""French word pools the benchmark dataset draws its fictional titles and texts from.

Everything here is invented: first names only, organisations that do not exist,
e-mails under impact-jeunes.example.
"""

FIRST_NAMES = [
    "Yanis", "Sarah", "Inès", "Bilal", "Lina", "Mehdi", "Aya", "Nolan", "Kenza", "Ilyes", "Maëva", "Rayan",
    "Chaïma", "Adam", "Jade", "Sofiane", "Lou", "Walid", "Nour", "Enzo", "Samia", "Théo", "Myriam", "Kylian",
    "Assia", "Hugo", "Dounia", "Lucas", "Yasmine", "Moussa", "Fatou", "Iris", "Nassim", "Léa", "Anis", "Maya",
]  # fmt: skip

STORY_OPENINGS = [
    "Du banc de la cité", "Du décrochage", "D'un stage de 3e", "D'une visite d'entreprise", "D'un atelier CV",
    "D'une permanence au centre social", "D'un forum de l'emploi", "D'une masterclass", "De la Mission locale",
    "D'un job dating", "Du service civique", "D'une rencontre au collège",
]  # fmt: skip

STORY_DESTINATIONS = [
    "au quai de chargement", "à l'atelier de mécanique", "à l'école d'infirmières", "au CDI de cariste",
    "à la création de son entreprise", "au bac pro commerce", "à l'alternance en cuisine", "au métier d'électricienne",
    "au BTS informatique", "au service civique", "à la fibre optique", "au métier d'aide-soignant",
    "à l'agence bancaire", "au chantier du tramway", "au restaurant du port", "à la fac de droit",
]  # fmt: skip

STORY_PARAGRAPHS = [
    "Après la troisième, je ne savais pas quoi faire. Personne autour de moi ne connaissait de métier qui me plaise.",
    "Un éducateur du quartier m'a parlé d'une journée de découverte dans une entreprise à côté de chez moi.",
    "Sur place, on m'a montré les gestes du métier. Pour la première fois, je me suis sentie utile.",
    "La Mission locale m'a aidé à refaire mon CV et à préparer mes entretiens, un rendez-vous par semaine.",
    "J'ai raté mon premier entretien. Le deuxième, je l'ai préparé avec ma conseillère, et ça a marché.",
    "Aujourd'hui je travaille, je paie mon permis et j'aide mon petit frère à chercher son stage de 3e.",
    "Ce qui m'a le plus aidé, c'est de parler avec des gens qui font ce métier tous les jours.",
    "Mes parents avaient peur que je lâche. Quand ils m'ont vue en tenue de travail, ils étaient fiers.",
    "Je conseille à tout le monde d'aller aux forums : on y rencontre des patrons qui cherchent vraiment.",
    "Le plus dur, c'était de me lever tôt. Maintenant, c'est devenu une habitude.",
]  # fmt: skip

QUOTES = [
    "Personne ne m'attendait nulle part. Là-bas, on m'attendait, et ça a tout changé.",
    "Un métier, ça se découvre en le voyant, pas en le lisant.",
    "J'ai compris que j'avais le droit de rêver plus grand.",
    "Il suffit parfois d'une porte ouverte.",
    "Je me suis trompée de voie une fois. La deuxième était la bonne.",
]  # fmt: skip

TAGS = [
    "premier emploi", "stage de 3e", "visite d'entreprise", "alternance", "permis", "confiance en soi",
    "Mission locale", "forum", "masterclass", "service civique", "numérique", "santé", "bâtiment", "logistique",
    "restauration", "création d'entreprise", "reprise d'études", "job dating", "bénévolat", "sport",
]  # fmt: skip

PARTNER_NAME_PARTS = {
    "association": ["Association", "Collectif", "Réseau", "Maison"],
    "mission_locale": ["Mission locale – antenne"],
    "france_travail": ["France Travail – agence"],
    "cap_emploi": ["Cap emploi – permanence"],
    "e2c": ["École de la 2e chance – site"],
    "epide": ["EPIDE – centre"],
    "social_centre": ["Centre social"],
    "pij": ["Point information jeunesse"],
    "local_authority": ["Mairie de secteur", "Service jeunesse"],
    "company": ["Transports", "Boulangerie", "Garage", "Logistique", "Informatique", "Bâtiment", "Clinique", "Hôtel"],
    "school": ["Collège", "Lycée professionnel"],
    "other": ["Tiers-lieu", "Fab lab"],
}

PLACE_NAMES = [
    "des Lauriers", "des Oliviers", "de Malpassé", "Félix Pyat", "Saint-Mauront", "des Ferrages", "du Trébon",
    "de Belsunce", "de la Rose", "de Consolat", "du Vieux-Port", "des Calanques", "du Canet", "de Frais-Vallon",
    "de la Busserine", "du Merlan", "Sainte-Marthe", "de la Joliette", "du Panier", "de la Belle-de-Mai",
]  # fmt: skip

STREETS = [
    "rue de la République", "avenue de Saint-Just", "boulevard National", "rue Colbert", "chemin de la Rose",
    "avenue Jean-Jaurès", "place du Marché", "rue des Écoles", "boulevard du Métro", "rue de l'Industrie",
]  # fmt: skip

PARTNER_SUMMARIES = [
    "Accueil, orientation et accompagnement des jeunes vers l'emploi et la formation.",
    "Un lieu pour parler de ton projet, de ton métier de demain et de tes droits.",
    "Ateliers CV, préparation aux entretiens et rencontres avec des employeurs du quartier.",
    "Accompagnement vers l'emploi, le permis de conduire et le logement.",
    "Une équipe qui ouvre ses portes aux collégiens pour découvrir ses métiers.",
    "Remobilisation, sport et culture pour reprendre confiance et construire un projet.",
]  # fmt: skip

SERVICE_NAMES = [
    "Atelier CV et lettre de motivation", "Accompagnement vers l'emploi", "Permanence accès aux droits",
    "Découverte des métiers", "Préparation au permis", "Information formation", "Aide numérique",
    "Coaching entretien d'embauche", "Parrainage par un professionnel", "Accueil sans rendez-vous",
]  # fmt: skip

OFFER_TITLES = {
    "stage_3e": "Stage de 3e : une semaine",
    "visite": "Visite d'entreprise :",
    "decouverte": "Journée découverte métier :",
    "masterclass": "Masterclass :",
    "temoignage": "Témoignage en collège :",
    "job_dating": "Job dating :",
}

TRADES = [
    "cariste", "infirmière", "électricien", "développeuse web", "cuisinier", "conseillère bancaire", "maçon",
    "technicienne fibre", "vendeur", "aide-soignante", "mécanicien", "boulanger", "réceptionniste d'hôtel",
    "agent de maintenance", "comptable", "paysagiste",
]  # fmt: skip

EVENT_TITLES = {
    "job_fair": "Forum de l'emploi",
    "job_drop_in": "Permanence emploi",
    "cv_workshop": "Atelier CV",
    "info_session": "Information collective",
    "job_dating": "Job dating",
    "other": "Rencontre métiers",
}
