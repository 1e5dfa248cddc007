"""Import structures and services in the data·inclusion schema v1 as partner pages.

    manage.py import_data_inclusion structures.json [services.json …]

Each file holds a list of structures and/or services, or {"structures": […], "services": […]}.
Idempotent by data·inclusion `id`: a second import updates, never duplicates. Every
item is validated first; if one is invalid nothing at all is imported.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from partners_directory.data_inclusion import ImportFailed, import_items, split_items


class Command(BaseCommand):
    help = "Importe des structures et services au format data·inclusion (schéma v1)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FICHIER", help="fichier(s) JSON data·inclusion")

    def handle(self, *args, files, **options):
        structures, services = [], []
        for name in files:
            try:
                file_structures, file_services = split_items(read_json(name))
            except ImportFailed as failure:
                raise CommandError(f"{name} : {failure}") from failure
            structures += file_structures
            services += file_services
        if not structures and not services:
            raise CommandError("Aucune structure ni aucun service à importer.")
        try:
            report = import_items(structures, services)
        except ImportFailed as failure:
            raise CommandError(
                "Import annulé, rien n'a été enregistré :\n" + "\n".join(f"- {error}" for error in failure.errors)
            ) from failure
        self.stdout.write(self.style.SUCCESS(str(report)))


def read_json(name):
    path = Path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise CommandError(f"Fichier introuvable : {name}") from error
    except UnicodeDecodeError as error:
        raise CommandError(f"Le fichier {name} n'est pas encodé en UTF-8.") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(
            f"Le fichier {name} n'est pas du JSON valide (ligne {error.lineno}, colonne {error.colno})."
        ) from error
