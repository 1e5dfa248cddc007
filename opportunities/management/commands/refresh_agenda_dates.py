from django.core.management.base import BaseCommand

from opportunities.agenda.stored_dates import rebuild_all


class Command(BaseCommand):
    help = "Rebuilds the stored dates of every agenda event (run it daily: series without an end move forward)."

    def handle(self, *args, **options):
        count = rebuild_all()
        self.stdout.write(f"{count} date(s) d'événements enregistrée(s).")
