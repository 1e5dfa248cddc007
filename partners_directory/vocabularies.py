"""The data·inclusion vocabularies (themes, publics, networks…) as Django choices.

They are read from the `data-inclusion-schema` package when Django starts, so the
site follows the exchange standard instead of keeping its own copy of the lists.
"""

from data_inclusion.schema import v1


def _choices(enum):
    return [(member.value, member.label) for member in enum]


def _theme_groups():
    groups = []
    for category in v1.Categorie:
        prefix = f"{category.value}--"
        themes = [(theme.value, theme.label) for theme in v1.Thematique if theme.value.startswith(prefix)]
        if themes:
            groups.append((category.label, themes))
    return groups


THEME_CHOICES = _choices(v1.Thematique)
THEME_GROUPS = _theme_groups()
CATEGORY_CHOICES = _choices(v1.Categorie)
PUBLIC_CHOICES = _choices(v1.Public)
NETWORK_CHOICES = sorted(_choices(v1.ReseauPorteur), key=lambda choice: choice[1].lower())
SERVICE_TYPE_CHOICES = _choices(v1.TypeService)
RECEPTION_MODE_CHOICES = _choices(v1.ModeAccueil)

THEME_LABELS = dict(THEME_CHOICES)
CATEGORY_LABELS = dict(CATEGORY_CHOICES)
PUBLIC_LABELS = dict(PUBLIC_CHOICES)
NETWORK_LABELS = dict(NETWORK_CHOICES)
SERVICE_TYPE_LABELS = dict(SERVICE_TYPE_CHOICES)
RECEPTION_MODE_LABELS = dict(RECEPTION_MODE_CHOICES)


def labels(values, mapping):
    return [mapping[value] for value in values or [] if value in mapping]
