import importlib

import factory.random
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

# Order matters: later apps link to what earlier ones created (territories, partners…).
DEMO_APPS = [
    "portal",
    "partners_directory",
    "opportunities",
    "stories",
    "news",
    "newsletter",
    "corrections",
    "audience",
    "neighbourhoods",
    "steering",
]
SEED = 2026


class Command(BaseCommand):
    help = "Builds the demo site from the factories with a fixed seed. Running it again changes nothing."

    def handle(self, *args, **options):
        factory.random.reseed_random(SEED)
        logins = []
        with transaction.atomic():
            for app in DEMO_APPS:
                importlib.import_module(f"{app}.demo").load(logins.append)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))
        if logins:
            self.stdout.write("Comptes de démonstration (identifiant / mot de passe), admin sur /admin/ :")
            for line in logins:
                self.stdout.write(line)
