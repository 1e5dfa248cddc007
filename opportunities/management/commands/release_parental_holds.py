from django.core.management.base import BaseCommand

from opportunities.signups.booking import release_expired_holds


class Command(BaseCommand):
    help = (
        "Releases minors' seats whose parent did not agree within PARENTAL_CONSENT_HOLD_HOURS and promotes "
        "the waiting list (idempotent: run it every 15 minutes from cron)."
    )

    def handle(self, *args, **options):
        released = release_expired_holds()
        self.stdout.write(f"{len(released)} place(s) libérée(s) faute d'accord parental.")
