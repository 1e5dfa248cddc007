from django.core.management.base import BaseCommand

from newsletter.subscriptions import purge_unconfirmed


class Command(BaseCommand):
    help = "Deletes the newsletter subscriptions nobody confirmed within NEWSLETTER_CONFIRMATION_DAYS."

    def handle(self, *args, **options):
        count = purge_unconfirmed()
        self.stdout.write(f"{count} inscription(s) non confirmée(s) effacée(s).")
