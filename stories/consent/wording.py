"""The consent texts shown to contributors and parents, versioned.

A consent record stores the version of the text the person saw. Never edit a
published version in place: add a new version, point CURRENT at it, and keep the
old one so that past records still read the words that were agreed to.
"""

PUBLICATION = "publication"
IMAGE_RIGHTS = "image_rights"
PARENT_PUBLICATION = "parent_publication"
PARENT_IMAGE_RIGHTS = "parent_image_rights"
# Reuse beyond the site (the programme's social networks and printed materials): asked apart, optional.
REUSE_STORY = "reuse_story"
REUSE_PHOTO = "reuse_photo"
PARENT_REUSE_STORY = "parent_reuse_story"
PARENT_REUSE_PHOTO = "parent_reuse_photo"
# "Besoin d'un coup de main ?" (neighbourhoods/): being contacted by the territory's booster.
HELP_CONTACT = "help_contact"
PARENT_HELP_CONTACT = "parent_help_contact"

WORDINGS = {
    PUBLICATION: {
        "2026-11": (
            "J'accepte que mon histoire soit publiée sur le site Impact Jeunes avec mon prénom (ou mon pseudo), "
            "mon âge et mon quartier, après relecture par l'équipe. Je peux retirer mon accord à tout moment "
            "avec le lien reçu par e-mail."
        ),
    },
    IMAGE_RIGHTS: {
        "2026-11": (
            "J'accepte que ma photo soit publiée avec mon histoire. Si je suis sur la photo, c'est bien moi, "
            "et les autres personnes visibles sont d'accord. Je peux retirer mon accord à tout moment."
        ),
    },
    PARENT_PUBLICATION: {
        "2026-11": (
            "Je suis le parent (ou le représentant légal) de ce jeune et j'accepte que son histoire soit publiée "
            "sur le site Impact Jeunes avec son prénom (ou son pseudo), son âge et son quartier, après relecture "
            "par l'équipe. Je peux retirer mon accord à tout moment avec le lien reçu par e-mail."
        ),
    },
    PARENT_IMAGE_RIGHTS: {
        "2026-11": (
            "J'autorise la publication de la photo envoyée avec cette histoire (droit à l'image de mon enfant "
            "mineur), sur le site Impact Jeunes uniquement. Je peux retirer mon accord à tout moment."
        ),
    },
    REUSE_STORY: {
        "2026-12": (
            "Facultatif : j'accepte que mon histoire (avec mon prénom ou mon pseudo, mon âge et mon quartier) soit "
            "reprise sur les réseaux sociaux du programme Impact Jeunes et dans ses documents imprimés (affiches, "
            "brochures, rapports). Je peux retirer mon accord à tout moment avec le lien reçu par e-mail."
        ),
    },
    REUSE_PHOTO: {
        "2026-12": (
            "Facultatif : j'accepte que ma photo soit aussi reprise sur les réseaux sociaux du programme et dans ses "
            "documents imprimés. Je peux retirer mon accord à tout moment."
        ),
    },
    PARENT_REUSE_STORY: {
        "2026-12": (
            "Facultatif : j'autorise que l'histoire de mon enfant (avec son prénom ou son pseudo, son âge et son "
            "quartier) soit reprise sur les réseaux sociaux du programme Impact Jeunes et dans ses documents "
            "imprimés (affiches, brochures, rapports). Je peux retirer mon accord à tout moment."
        ),
    },
    PARENT_REUSE_PHOTO: {
        "2026-12": (
            "Facultatif : j'autorise que la photo ci-dessus soit aussi reprise sur les réseaux sociaux du programme "
            "et dans ses documents imprimés (droit à l'image de mon enfant mineur). Je peux retirer mon accord à "
            "tout moment."
        ),
    },
    HELP_CONTACT: {
        "2026-12": (
            "J'accepte que le booster de mon quartier (ou l'équipe Impact Jeunes) me contacte avec les moyens "
            "indiqués, et que ces informations soient gardées le temps de m'accompagner, puis effacées. "
            "Elles ne sont jamais publiées. Je peux demander à tout moment qu'elles soient effacées."
        ),
    },
    PARENT_HELP_CONTACT: {
        "2026-12": (
            "Je suis le parent (ou le représentant légal) de ce jeune et j'accepte que le booster de son quartier "
            "(ou l'équipe Impact Jeunes) le contacte avec les moyens indiqués pour l'aider dans son projet. Ces "
            "informations ne sont jamais publiées et sont effacées à la fin de l'accompagnement."
        ),
    },
}

CURRENT = {kind: max(versions) for kind, versions in WORDINGS.items()}


def current_version(kind):
    return CURRENT[kind]


def text(kind, version=None):
    return WORDINGS[kind][version or CURRENT[kind]]
