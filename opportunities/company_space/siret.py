"""SIRET numbers: 14 digits whose Luhn key is valid (La Poste's establishments use a digit sum instead)."""

from django.core.exceptions import ValidationError

LA_POSTE_SIREN = "356000000"


def normalize_siret(value):
    return "".join(value.split())


def luhn_valid(digits):
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def validate_siret(value):
    siret = normalize_siret(value)
    if not siret.isdigit() or len(siret) != 14:
        raise ValidationError("Un SIRET compte 14 chiffres (les espaces sont acceptés).", code="siret_format")
    if siret.startswith(LA_POSTE_SIREN) and siret != LA_POSTE_SIREN + "00000":
        valid = sum(int(char) for char in siret) % 5 == 0
    else:
        valid = luhn_valid(siret)
    if not valid:
        raise ValidationError(
            "Ce numéro SIRET n'existe pas : un chiffre est sans doute mal recopié.", code="siret_checksum"
        )
