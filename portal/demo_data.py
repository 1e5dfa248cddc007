"""Texts and reference data of the portal's demo content (fictional where it names anyone)."""

from decimal import Decimal

from portal.groups import COMMUNICATION, EDITORS, MODERATORS, STEERING

TERRITORIES = [
    # slug, name, commune, postcode, INSEE code, kind, latitude, longitude, description
    (
        "ferrages-centre-ville",
        "Ferrages et centre-ville",
        "Tarascon",
        "13150",
        "13108",
        "pilot",
        Decimal("43.805800"),
        Decimal("4.660300"),
        "Site pilote depuis 2017, entre le quartier des Ferrages et le centre ancien de Tarascon.",
    ),
    (
        "lauriers-oliviers-malpasse",
        "Lauriers, Oliviers A et Malpassé",
        "Marseille",
        "13013",
        "13055",
        "pilot",
        Decimal("43.329500"),
        Decimal("5.418000"),
        "Site pilote depuis 2017 dans le 13e arrondissement de Marseille.",
    ),
    (
        "felix-pyat-saint-mauront",
        "Félix Pyat et Saint-Mauront",
        "Marseille",
        "13003",
        "13055",
        "pilot",
        Decimal("43.315000"),
        Decimal("5.376000"),
        "Site pilote depuis 2017 dans le 3e arrondissement de Marseille.",
    ),
    (
        "trebon",
        "Trébon",
        "Arles",
        "13200",
        "13004",
        "new",
        Decimal("43.689000"),
        Decimal("4.634000"),
        "Nouveau site, au nord d'Arles.",
    ),
    (
        "chateaurenard",
        "Châteaurenard",
        "Châteaurenard",
        "13160",
        "13027",
        "new",
        Decimal("43.883000"),
        Decimal("4.855000"),
        "Nouveau site, en zone rurale du nord des Bouches-du-Rhône.",
    ),
    (
        "consolat",
        "Consolat",
        "Marseille",
        "13015",
        "13055",
        "new",
        Decimal("43.349000"),
        Decimal("5.364000"),
        "Nouveau site dans le 15e arrondissement de Marseille.",
    ),
    (
        "belsunce",
        "Belsunce",
        "Marseille",
        "13001",
        "13055",
        "new",
        Decimal("43.300000"),
        Decimal("5.378000"),
        "Nouveau site au cœur du 1er arrondissement de Marseille.",
    ),
    (
        "la-rose",
        "La Rose",
        "Marseille",
        "13013",
        "13055",
        "new",
        Decimal("43.340000"),
        Decimal("5.426000"),
        "Nouveau site dans le 13e arrondissement de Marseille.",
    ),
]

# QPV names as seed 000 gives them; their ANCT codes are not in the documents (left blank, not guessed).
QPV_NAMES = {
    "ferrages-centre-ville": "Ferrages + centre-ville (Tarascon)",
    "lauriers-oliviers-malpasse": "Lauriers + Oliviers A / Malpassé (Marseille 13013)",
    "felix-pyat-saint-mauront": "Félix Pyat / Saint-Mauront (Marseille 13003)",
    "trebon": "Trébon (Arles)",
    "chateaurenard": "Châteaurenard",
    "consolat": "Consolat (Marseille 13015)",
    "belsunce": "Belsunce (Marseille 13001)",
    "la-rose": "La Rose (Marseille 13013)",
}

HOME = {
    "hero_title": "Ton avenir se construit ici, dans ton quartier",
    "hero_text": (
        "Des jeunes de Marseille et de Tarascon racontent leur parcours, des entreprises t'ouvrent leurs portes "
        "et des associations sont là pour t'aider. Trouve ce qui te correspond."
    ),
    "hero_cta_label": "Découvrir le programme",
    "intro": (
        "<p><b>Impact Jeunes</b> accompagne les jeunes de 13 à 30 ans qui vivent dans les quartiers prioritaires "
        "de Marseille et de Tarascon. Au collège, on découvre des métiers et des entreprises. Après, on construit "
        "un parcours sur mesure vers un emploi, une formation ou un projet, avec un booster territorial présent "
        "dans le quartier et une alliance d'associations, d'entreprises et de services publics.</p>"
    ),
}

PROGRAMME_BODY = [
    ("heading", {"text": "De l'envie à la réussite", "level": "h2"}),
    (
        "paragraph",
        "<p>Impact Jeunes est né en 2017 dans trois quartiers pilotes des Bouches-du-Rhône. L'idée est simple : "
        "concentrer les efforts à l'échelle d'un quartier, là où les jeunes, les associations, les entreprises et "
        "les services publics se croisent tous les jours, pour que le changement se voie et donne envie.</p>",
    ),
    ("heading", {"text": "Pour qui ?", "level": "h2"}),
    (
        "paragraph",
        "<p>Pour <b>tous les jeunes de 13 à 30 ans</b> des quartiers du programme, sans condition : les "
        "collégiens qui cherchent un stage de 3e, les jeunes qui ne sont ni en emploi ni en formation, et aussi "
        "les jeunes diplômés qui ont besoin d'un coup de pouce.</p>"
        "<ul><li>Les <b>désillusionnés</b>, qui ne croient plus qu'on puisse les aider ;</li>"
        "<li>les <b>déterminés</b>, qui savent ce qu'ils veulent mais ne savent pas par où passer ;</li>"
        "<li>les <b>conquérants</b>, qui avancent vite et peuvent inspirer les autres.</li></ul>",
    ),
    ("heading", {"text": "Nos objectifs", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>2 200 jeunes touchés, dont 1 000 collégiens connectés au monde de l'entreprise ;</li>"
        "<li>100 belles histoires de jeunes qui inspirent d'autres jeunes ;</li>"
        "<li>150 associations impliquées et 300 entreprises engagées.</li></ul>",
    ),
    (
        "quote",
        {
            "quote": "Le booster, il est venu me voir en bas de chez moi. C'est la première fois qu'on venait me "
            "chercher au lieu de m'attendre dans un bureau.",
            "attribution": "Yanis, 22 ans (prénom modifié)",
        },
    ),
    ("heading", {"text": "Le booster territorial", "level": "h2"}),
    (
        "paragraph",
        "<p>Sur chaque site, un booster territorial va vers les jeunes là où ils sont, construit avec chacun un "
        "parcours sur mesure, met en relation directe avec les entreprises et anime une dynamique d'habitants et "
        "d'acteurs autour de la réussite des jeunes.</p>",
    ),
    (
        "faq",
        {
            "title": "Questions fréquentes",
            "items": [
                {
                    "question": "Est-ce que c'est payant ?",
                    "answer": "<p>Non. Tout ce que propose Impact Jeunes est gratuit pour les jeunes.</p>",
                },
                {
                    "question": "Je n'habite pas dans un des quartiers, je peux venir ?",
                    "answer": "<p>Le programme est pensé pour les quartiers listés, mais les partenaires de la "
                    "carte accueillent tous les jeunes. Regarde la carte pour trouver le plus proche.</p>",
                },
                {
                    "question": "J'ai 14 ans, comment trouver mon stage de 3e ?",
                    "answer": "<p>Va dans la rubrique Offres, choisis « Stage d'observation de 3e » et inscris-toi. "
                    "Un adulte de ta famille devra donner son accord.</p>",
                },
            ],
        },
    ),
    ("funders", None),
    (
        "call_to_action",
        {
            "title": "Tu veux raconter ton parcours ?",
            "text": "Ton histoire peut donner envie à d'autres jeunes de se lancer.",
            "link": {"label": "Raconte ton histoire", "page": None, "url": "/histoires/raconter/"},
        },
    ),
]

LEGAL_BODY = [
    # Publisher, director of publication and host are read from Réglages › Crédits et mentions légales.
    ("legal_publisher", None),
    (
        "paragraph",
        '<p>Contact : <a href="mailto:contact@impact-jeunes.example">contact@impact-jeunes.example</a>.</p>',
    ),
    ("heading", {"text": "Mesure d'audience", "level": "h2"}),
    (
        "paragraph",
        "<p>Le site compte le nombre de lectures de chaque page, jour par jour, sans cookie et sans rien garder "
        "qui permette de te reconnaître (ni adresse IP, ni identifiant). Ces chiffres servent seulement à savoir "
        "ce qui est lu, et sont effacés au bout de 25 mois.</p>",
    ),
    ("heading", {"text": "Propriété intellectuelle", "level": "h2"}),
    (
        "paragraph",
        "<p>Les histoires publiées appartiennent aux jeunes qui les ont racontées. Elles ne peuvent pas être "
        "reprises sans leur accord. Les illustrations du site sont des créations du programme.</p>",
    ),
]

# The parts of an RGAA accessibility statement (model of the DINUM). The figures are demo ones: the
# communication team replaces them with those of the site's real audit.
ACCESSIBILITY_BODY = [
    (
        "paragraph",
        "<p>Impact Jeunes s'engage à rendre son site internet accessible conformément à l'article 47 de la loi "
        "n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité s'applique au site Impact Jeunes "
        "(pages publiques et espace entreprise).</p>",
    ),
    ("heading", {"text": "État de conformité", "level": "h2"}),
    (
        "paragraph",
        "<p>Le site Impact Jeunes est <b>partiellement conforme</b> avec le référentiel général d'amélioration "
        "de l'accessibilité (RGAA), version 4.1.2, en raison des non-conformités énumérées ci-dessous.</p>",
    ),
    ("heading", {"text": "Résultats des tests", "level": "h2"}),
    (
        "paragraph",
        "<p>L'audit interne réalisé le 24 novembre 2026 par l'équipe du programme révèle que <b>78 %</b> des "
        "critères du RGAA 4.1.2 applicables au site sont respectés (41 critères conformes sur 52 applicables). "
        "<i>Chiffres de démonstration : à remplacer par ceux de l'audit réel.</i></p>",
    ),
    ("heading", {"text": "Contenus non accessibles", "level": "h2"}),
    ("heading", {"text": "Non-conformités", "level": "h3"}),
    (
        "paragraph",
        "<ul><li>Carte des partenaires : les marqueurs et leurs regroupements ne sont pas restitués comme une "
        "liste structurée (critère 1.3). La liste qui suit la carte donne les mêmes partenaires et se parcourt "
        "au clavier ; un lien « Passer la carte » permet de l'éviter.</li>"
        "<li>Certaines vidéos des histoires n'ont pas encore de sous-titres ni de transcription (critères 4.1 "
        "et 4.3).</li>"
        "<li>Les graphiques des chiffres du programme n'ont pas tous une alternative en tableau (critère 1.8)."
        "</li></ul>",
    ),
    ("heading", {"text": "Dérogations pour charge disproportionnée", "level": "h3"}),
    ("paragraph", "<p>Aucune.</p>"),
    ("heading", {"text": "Contenus non soumis à l'obligation d'accessibilité", "level": "h3"}),
    (
        "paragraph",
        "<ul><li>Les cartes interactives (fond de carte OpenStreetMap), dont la liste des partenaires est "
        "l'alternative.</li><li>Les vidéos de plateformes tierces intégrées aux histoires.</li></ul>",
    ),
    ("heading", {"text": "Établissement de cette déclaration d'accessibilité", "level": "h2"}),
    ("paragraph", "<p>Cette déclaration a été établie le 1er décembre 2026.</p>"),
    ("heading", {"text": "Technologies utilisées pour la réalisation du site", "level": "h3"}),
    (
        "paragraph",
        "<ul><li>HTML5</li><li>CSS</li><li>WAI-ARIA</li><li>JavaScript (carte des partenaires et "
        "suggestions de recherche seulement : tout le reste marche sans)</li></ul>",
    ),
    ("heading", {"text": "Environnement de test", "level": "h3"}),
    (
        "paragraph",
        "<p>Parcours au clavier seul et vérifications automatiques dans Chromium, à 320, 375 et 1 280 pixels "
        "de large, à chaque modification du site ; contrôle manuel des contrastes et de l'ordre de lecture.</p>",
    ),
    ("heading", {"text": "Outils pour évaluer l'accessibilité", "level": "h3"}),
    ("paragraph", "<ul><li>axe-core (règles WCAG 2.1 A et AA)</li><li>Playwright</li><li>Lighthouse</li></ul>"),
    ("heading", {"text": "Pages du site ayant fait l'objet de la vérification de conformité", "level": "h3"}),
    (
        "paragraph",
        "<ol><li>Accueil</li><li>Les belles histoires et une histoire</li><li>Raconte ton histoire</li>"
        "<li>Offres des entreprises, une offre et son inscription</li><li>Agenda (liste et mois) et un "
        "événement</li><li>Partenaires (carte et liste) et un partenaire</li><li>Recherche</li>"
        "<li>Espace entreprise : connexion et création de compte</li><li>Mentions légales</li>"
        "<li>Accessibilité</li></ol>",
    ),
    ("heading", {"text": "Retour d'information et contact", "level": "h2"}),
    (
        "paragraph",
        "<p>Si tu n'arrives pas à accéder à un contenu ou à un service, écris-nous à "
        '<a href="mailto:accessibilite@impact-jeunes.example">accessibilite@impact-jeunes.example</a> : nous '
        "te répondrons et te proposerons une autre façon d'y accéder.</p>",
    ),
    ("heading", {"text": "Voies de recours", "level": "h2"}),
    (
        "paragraph",
        "<p>Si tu nous as signalé un défaut d'accessibilité qui t'empêche d'accéder à un contenu ou à un "
        "service et que tu n'as pas obtenu de réponse satisfaisante, tu peux :</p><ul>"
        '<li>écrire un message au Défenseur des droits (<a href="https://formulaire.defenseurdesdroits.fr/">'
        "formulaire en ligne</a>) ;</li><li>contacter le délégué du Défenseur des droits dans ta région ;</li>"
        "<li>envoyer un courrier gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris "
        "CEDEX 07.</li></ul>",
    ),
]

PRIVACY_BODY = [
    ("heading", {"text": "Ce que nous collectons", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Quand tu racontes ton histoire : ton prénom ou un pseudo, ton âge, ton quartier, ton histoire, "
        "ta photo si tu le veux, et un e-mail pour te répondre. Ton e-mail n'est jamais publié.</li>"
        "<li>Quand tu t'inscris à une offre ou un événement : ce qu'il faut pour que l'entreprise ou "
        "l'organisateur t'accueille.</li></ul>",
    ),
    ("heading", {"text": "Si tu as moins de 15 ans", "level": "h2"}),
    (
        "paragraph",
        "<p>Un de tes parents doit donner son accord avant que ton histoire soit lue par notre équipe. Pour "
        "publier la photo d'un mineur, l'accord d'un parent sur le droit à l'image est obligatoire.</p>",
    ),
    ("heading", {"text": "Combien de temps", "level": "h2"}),
    (
        "paragraph",
        "<p>Tes coordonnées sont effacées au plus tard 12 mois après la décision sur ta contribution. Tu peux "
        "retirer ton accord à tout moment avec le lien reçu par e-mail : ton histoire est alors retirée du site "
        "tout de suite.</p>",
    ),
    ("heading", {"text": "Tes droits", "level": "h2"}),
    (
        "paragraph",
        "<p>Tu peux demander à voir, corriger ou effacer tes données en écrivant à "
        '<a href="mailto:donnees@impact-jeunes.example">donnees@impact-jeunes.example</a>. Tu peux aussi '
        "contacter la CNIL.</p>",
    ),
]

STANDARD_PAGES = [
    # slug, title, intro, body, in footer
    (
        "le-programme",
        "Le programme",
        "Impact Jeunes relie les jeunes de 13 à 30 ans des quartiers prioritaires au monde du travail, avec les "
        "associations, les entreprises et les services publics de leur quartier.",
        PROGRAMME_BODY,
        False,
    ),
    ("mentions-legales", "Mentions légales", "Qui édite ce site et comment le contacter.", LEGAL_BODY, True),
    (
        "accessibilite",
        "Accessibilité",
        "Déclaration d'accessibilité du site Impact Jeunes.",
        ACCESSIBILITY_BODY,
        # Linked from every footer with the compliance status (site settings), not as a plain link.
        False,
    ),
    (
        "donnees-personnelles",
        "Données personnelles",
        "Ce que nous faisons de tes données, et comment les effacer.",
        PRIVACY_BODY,
        True,
    ),
]

MAIN_NAVIGATION = [
    ("Histoires", "/histoires/"),
    ("Offres", "/offres/"),
    ("Agenda", "/agenda/"),
    ("Partenaires", "/partenaires/"),
    ("Actualités", "/actualites/"),
]

DEMO_USERS = [
    # username, first name, group (None for the superuser), dev password
    ("admin", "Admin", None, "admin-impact-2026"),
    ("editrice", "Camille", EDITORS, "editrice-impact-2026"),
    ("moderateur", "Sami", MODERATORS, "moderateur-impact-2026"),
    ("communication", "Léa", COMMUNICATION, "communication-impact-2026"),
    ("pilotage", "Nadia", STEERING, "pilotage-impact-2026"),
]

# Fictional organisations: never a real structure's name or registration number.
CREDITS = {
    "carrier_name": "Association Élan Sud (fictive)",
    "carrier_url": "https://impact-jeunes.example/porteur/",
    "publisher_name": "Association Élan Sud (fictive)",
    "publisher_address": "12 rue de l'Exemple\n13013 Marseille",
    "publisher_registration": "RNA W000000000 (exemple)",
    "publication_director": "Nadia Exemple, présidente",
    "host_name": "Hébergeur Exemple SAS",
    "host_address": "1 avenue de l'Hébergement, 75000 Paris (Union européenne)",
}

FUNDERS = [
    {"name": "Fonds d'innovation pour la jeunesse (exemple)", "logo": None, "url": "", "share": 45},
    {"name": "Département (exemple)", "logo": None, "url": "", "share": 25},
    {"name": "Fondation d'entreprise (exemple)", "logo": None, "url": "", "share": 20},
    {"name": "Communes de Marseille et Tarascon (exemple)", "logo": None, "url": "", "share": 10},
]
