"""Import partners from a CSV file (see partners_directory/csv_import.py for the columns)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from partners_directory.csv_import import CsvImportFailed, import_csv


class Command(BaseCommand):
    help = "Importe des partenaires depuis un fichier CSV ; une seule ligne refusée et rien n'est importé."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FICHIER")

    def handle(self, *args, file, **options):
        try:
            text = Path(file).read_text(encoding="utf-8")
        except FileNotFoundError as error:
            raise CommandError(f"Fichier introuvable : {file}") from error
        except UnicodeDecodeError as error:
            raise CommandError(
                f"Le fichier {file} n'est pas encodé en UTF-8 (enregistrer en « CSV UTF-8 »)."
            ) from error
        try:
            report = import_csv(text)
        except CsvImportFailed as failure:
            raise CommandError(
                "Import annulé, rien n'a été enregistré :\n" + "\n".join(f"- {error}" for error in failure.errors)
            ) from failure
        self.stdout.write(self.style.SUCCESS(str(report)))
