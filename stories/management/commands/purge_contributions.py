"""Erase contact data of contributions decided longer ago than CONTRIBUTION_RETENTION_MONTHS. Run it daily
(cron or a systemd timer: see README, "Histoires des jeunes : modération et données")."""

from django.conf import settings
from django.core.management.base import BaseCommand

from stories.contributions import erasure


class Command(BaseCommand):
    help = "Efface les coordonnées des contributions décidées depuis plus de CONTRIBUTION_RETENTION_MONTHS mois."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None, help="durée de conservation (mois)")

    def handle(self, *args, months=None, **options):
        months = settings.CONTRIBUTION_RETENTION_MONTHS if months is None else months
        count = erasure.purge(months=months)
        self.stdout.write(f"{count} contribution(s) purgée(s) (conservation : {months} mois).")
