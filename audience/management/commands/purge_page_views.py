from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from audience.models import PageViewDay
from stories.contributions.erasure import months_before


class Command(BaseCommand):
    help = "Deletes the daily view counts older than AUDIENCE_RETENTION_MONTHS (25 by default, as the CNIL asks)."

    def handle(self, *args, **options):
        cutoff = months_before(timezone.localdate(), settings.AUDIENCE_RETENTION_MONTHS)
        deleted, _ = PageViewDay.objects.filter(day__lt=cutoff).delete()
        self.stdout.write(f"{deleted} compteur(s) antérieur(s) au {cutoff:%d/%m/%Y} effacé(s).")
