"""Sign-ups of a session as a CSV file that Excel (French locale) opens as it is."""

import csv
import io

from django.utils import timezone
from django.utils.formats import date_format

HEADERS = [
    "Statut",
    "Prénom",
    "Nom",
    "Âge",
    "Collégien",
    "Collège",
    "Classe",
    "E-mail",
    "Téléphone",
    "Parent",
    "Téléphone du parent",
    "Message",
    "Inscrit le",
]
# A cell starting with one of these is read as a formula by spreadsheets: the public wrote it.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def signups_csv(signups):
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for signup in signups:
        # Only what the company needs for the day (SignUp.organiser_fields): a minor through the parent.
        shown = set(signup.organiser_fields)
        row = [
            signup.get_status_display(),
            signup.first_name,
            signup.last_name,
            signup.age,
            "oui" if signup.is_collegien else "non",
            signup.school,
            signup.school_class,
            *(
                getattr(signup, name) if name in shown else ""
                for name in ("email", "phone", "parent_name", "parent_phone")
            ),
            signup.message,
            date_format(timezone.localtime(signup.created_at), "d/m/Y H:i"),
        ]
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


def csv_filename(session):
    return f"inscrits-{session.page.slug}-{session.date:%Y-%m-%d}.csv"
