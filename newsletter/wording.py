"""The consent text shown on the subscription form, versioned like the stories' consents.

A subscriber's record keeps the version they agreed to: never edit a published version in
place, add a new one (CURRENT is the latest).
"""

WORDINGS = {
    "2026-11": (
        "J'accepte de recevoir la lettre d'Impact Jeunes par e-mail, environ une fois par mois. Mon adresse ne sert "
        "qu'à cela, n'est jamais partagée, et je peux me désinscrire en un clic depuis chaque lettre."
    ),
}

CURRENT = max(WORDINGS)


def text(version=None):
    return WORDINGS[version or CURRENT]
