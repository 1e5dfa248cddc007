from django.core.management.base import BaseCommand

from corrections.service import purge_contacts


class Command(BaseCommand):
    help = "Erases the contact left with corrections handled more than CORRECTION_RETENTION_DAYS ago."

    def handle(self, *args, **options):
        self.stdout.write(f"{purge_contacts()} contact(s) effacé(s).")
