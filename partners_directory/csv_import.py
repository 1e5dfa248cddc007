"""CSV import of partners for staff: every row is checked first, and a file with one bad row imports nothing.

Columns (first line, any order; only `nom` and `type` are required):
nom, type, territoire, presentation, adresse, code_postal, commune, latitude, longitude,
telephone, courriel, site_web, horaires, accessibilite, thematiques, publics.
`type` is a kind code or its label ("Mission locale"); `territoire` a territory slug;
`thematiques` and `publics` are data·inclusion codes or labels separated by "|".
A row whose name matches an existing partner (same slug) updates it.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils.text import slugify

from partners_directory import vocabularies
from partners_directory.index_page import PartnerIndexPage
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage
from portal.models import Territory

COLUMNS = [
    "nom",
    "type",
    "territoire",
    "presentation",
    "adresse",
    "code_postal",
    "commune",
    "latitude",
    "longitude",
    "telephone",
    "courriel",
    "site_web",
    "horaires",
    "accessibilite",
    "thematiques",
    "publics",
]
REQUIRED = ["nom", "type"]
LIMITS = {"nom": 255, "presentation": 300, "adresse": 255, "commune": 80, "telephone": 30, "horaires": 255}


class CsvImportFailed(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class CsvReport:
    created: int = 0
    updated: int = 0
    rows: list = field(default_factory=list)

    def __str__(self):
        return f"{self.created} partenaire(s) créé(s), {self.updated} mis à jour."


def _lookup(choices):
    table = {}
    for value, label in choices:
        table[value.lower()] = value
        table[label.lower()] = value
    return table


KINDS = _lookup(PartnerKind.choices)
THEMES = _lookup(vocabularies.THEME_CHOICES)
PUBLICS = _lookup(vocabularies.PUBLIC_CHOICES)


def read_rows(text):
    """(line number, row dict) for each data line; raises CsvImportFailed when the header is unusable."""
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [(name or "").strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in headers]
    if missing:
        raise CsvImportFailed([f"Ligne 1 : colonne(s) obligatoire(s) absente(s) : {', '.join(missing)}."])
    unknown = [name for name in headers if name and name not in COLUMNS]
    if unknown:
        raise CsvImportFailed([f"Ligne 1 : colonne(s) inconnue(s) : {', '.join(unknown)}."])
    reader.fieldnames = headers
    rows = []
    for row in reader:
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue
        if None in row:
            rows.append((reader.line_num, None))
            continue
        rows.append((reader.line_num, {key: (value or "").strip() for key, value in row.items()}))
    return rows


def _codes(text, table, what):
    values, unknown = [], []
    for part in filter(None, (part.strip() for part in re.split(r"\|", text))):
        code = table.get(part.lower())
        (values if code else unknown).append(code or part)
    if unknown:
        raise ValueError(f"{what} inconnu(s) : {', '.join(unknown)}")
    return values


def _coordinate(text, limit, name):
    try:
        value = Decimal(text.replace(",", ".")).quantize(Decimal("0.000001"))
    except (InvalidOperation, ValueError) as error:
        raise ValueError(f"{name} « {text} » n'est pas un nombre") from error
    if not -limit <= value <= limit:
        raise ValueError(f"{name} doit être comprise entre -{limit} et {limit}")
    return value


def clean_row(row, territories):
    """The partner fields of one row, or ValueError with every problem of the row in French."""
    problems, data = [], {}
    for name in REQUIRED:
        if not row.get(name):
            problems.append(f"« {name} » est vide")
    for name, limit in LIMITS.items():
        if len(row.get(name, "")) > limit:
            problems.append(f"« {name} » dépasse {limit} caractères")
    if row.get("type"):
        data["kind"] = KINDS.get(row["type"].lower())
        if not data["kind"]:
            problems.append(f"type « {row['type']} » inconnu")
    if row.get("territoire"):
        data["territory"] = territories.get(row["territoire"])
        if data["territory"] is None:
            problems.append(f"territoire « {row['territoire']} » inconnu")
    if row.get("code_postal") and not re.fullmatch(r"\d{5}", row["code_postal"]):
        problems.append("le code postal doit avoir 5 chiffres")
    lat, lon = row.get("latitude", ""), row.get("longitude", "")
    if bool(lat) != bool(lon):
        problems.append("indiquer la latitude et la longitude, ou aucune des deux")
    elif lat:
        for name, text, limit, key in (("la latitude", lat, 90, "latitude"), ("la longitude", lon, 180, "longitude")):
            try:
                data[key] = _coordinate(text, limit, name)
            except ValueError as error:
                problems.append(str(error))
    for name, validator, message in (
        ("courriel", EmailValidator(), "courriel invalide"),
        ("site_web", URLValidator(schemes=["http", "https"]), "site web invalide (commencer par https://)"),
    ):
        if row.get(name):
            try:
                validator(row[name])
            except ValidationError:
                problems.append(message)
    for name, table, what, key in (
        ("thematiques", THEMES, "thématique", "themes"),
        ("publics", PUBLICS, "public", "publics"),
    ):
        try:
            data[key] = _codes(row.get(name, ""), table, what)
        except ValueError as error:
            problems.append(str(error))
    if problems:
        raise ValueError(" ; ".join(problems))
    data.update(
        title=row["nom"],
        summary=row.get("presentation", ""),
        address=row.get("adresse", ""),
        postcode=row.get("code_postal", ""),
        commune=row.get("commune", ""),
        phone=row.get("telephone", ""),
        email=row.get("courriel", ""),
        website=row.get("site_web", ""),
        opening_hours=row.get("horaires", ""),
        accessibility=row.get("accessibilite", ""),
    )
    return data


@transaction.atomic
def import_csv(text):
    """Create or update partners from CSV text: all rows, or none (CsvImportFailed lists each bad row)."""
    index = PartnerIndexPage.objects.first()
    if index is None:
        raise CsvImportFailed(["Il n'y a pas encore de page « carte des partenaires » où ranger les partenaires."])
    territories = {territory.slug: territory for territory in Territory.objects.all()}
    errors, cleaned, seen = [], [], {}
    for line, row in read_rows(text):
        if row is None:
            errors.append(f"Ligne {line} : plus de valeurs que de colonnes.")
            continue
        try:
            data = clean_row(row, territories)
        except ValueError as error:
            errors.append(f"Ligne {line} : {error}.")
            continue
        slug = slugify(data["title"])[:70] or "partenaire"
        if slug in seen:
            errors.append(f"Ligne {line} : même nom qu'à la ligne {seen[slug]}.")
            continue
        seen[slug] = line
        cleaned.append((line, slug, data))
    if errors:
        raise CsvImportFailed(errors)
    report = CsvReport()
    existing = {page.slug: page for page in PartnerPage.objects.child_of(index).filter(slug__in=seen)}
    for _line, slug, data in cleaned:
        page = existing.get(slug)
        if page is None:
            index.add_child(instance=PartnerPage(slug=slug, **data))
            report.created += 1
        else:
            for name, value in data.items():
                setattr(page, name, value)
            page.save_revision().publish()
            report.updated += 1
    return report
