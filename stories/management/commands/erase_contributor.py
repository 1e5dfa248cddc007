"""Erase a contributor's personal data: stories, photos, contact and parent data (stories.contributions.erasure)."""

from django.core.management.base import BaseCommand, CommandError

from stories.consent.models import Contribution
from stories.contributions import erasure


class Command(BaseCommand):
    help = "Efface les données personnelles d'un contributeur (par e-mail du jeune ou du parent, ou par numéro)."

    def add_arguments(self, parser):
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--email", help="e-mail du jeune ou du parent")
        target.add_argument("--contribution", type=int, help="numéro de la contribution")

    def handle(self, *args, email=None, contribution=None, **options):
        if email:
            contributions = list(erasure.contributions_of(email))
        else:
            contributions = list(Contribution.objects.filter(pk=contribution))
        if not contributions:
            raise CommandError("Aucune contribution ne correspond.")
        for item in contributions:
            erasure.erase(item)
        self.stdout.write(f"{len(contributions)} contribution(s) effacée(s).")
