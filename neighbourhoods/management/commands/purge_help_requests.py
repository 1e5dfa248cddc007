from django.core.management.base import BaseCommand

from neighbourhoods.erasure import purge


class Command(BaseCommand):
    help = "Erases the personal data of requests for help older than HELP_REQUEST_RETENTION_MONTHS."

    def handle(self, *args, **options):
        self.stdout.write(f"{purge()} demande(s) d'aide effacée(s).")
