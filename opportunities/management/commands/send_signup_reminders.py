from django.core.management.base import BaseCommand

from opportunities.signups.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "E-mails a reminder to everyone with a confirmed seat on a date two days ahead (and to the parent of a "
        "minor). Idempotent: run it daily, e.g. at 9:00."
    )

    def handle(self, *args, **options):
        reminded = send_reminders()
        self.stdout.write(f"{len(reminded)} rappel(s) envoyé(s).")
