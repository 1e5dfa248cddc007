from django.core.management.base import BaseCommand

from opportunities.signups.retention import erase_old_signups, retention_days


class Command(BaseCommand):
    help = "Erases the contact data of sign-ups older than SIGNUP_RETENTION_DAYS (run it daily, e.g. from cron)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Retention in days (default: the setting).")

    def handle(self, *args, days=None, **options):
        erased = erase_old_signups(days=days)
        self.stdout.write(f"{erased} inscription(s) anonymisée(s), plus de {days or retention_days()} jours.")
