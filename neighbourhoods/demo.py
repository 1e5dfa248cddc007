"""Demo boosters (one per territory, fictional people) and a few requests for help to follow up.

The booster of Lauriers, Oliviers A et Malpassé has an admin account (`booster`): logged in, they see
that territory's requests and no other's.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from neighbourhoods.boosters import Booster
from neighbourhoods.factories import BoosterFactory, HelpRequestFactory
from neighbourhoods.help_requests import Channel, HelpRequest, LookingFor
from neighbourhoods.index_page import NeighbourhoodIndexPage
from opportunities.models import EventPage
from portal import groups
from portal.models import HomePage, StandardPage, Territory

BOOSTERS = [
    # name, permanence, place
    ("Nadia Belkacem", "le mardi, 14 h – 17 h", "Centre social du quartier"),
    ("Karim Ouali", "le mercredi, 10 h – 12 h 30", "Maison pour tous"),
    ("Sophie Marchetti", "le jeudi, 14 h – 18 h", "Point information jeunesse"),
    ("Yacine Haddad", "le lundi, 16 h – 19 h", "Local associatif, au pied des immeubles"),
    ("Élodie Roux", "le vendredi, 9 h 30 – 12 h", "Médiathèque du quartier"),
]
DEMO_LOGIN = ("booster", "booster-impact-2026")
BOOSTER_TERRITORY = "lauriers-oliviers-malpasse"
REQUESTS = [
    # first name, age, looking for, channel, status, oriented to
    ("Yanis", 19, LookingFor.APPRENTICESHIP, Channel.SMS, HelpRequest.Status.NEW, ""),
    ("Inès", 22, LookingFor.JOB, Channel.PHONE, HelpRequest.Status.CONTACTED, ""),
    ("Mehdi", 17, LookingFor.NOT_SURE, Channel.EMAIL, HelpRequest.Status.ORIENTED, "Mission locale Marseille Nord"),
    ("Sarah", 24, LookingFor.TRAINING, Channel.PHONE, HelpRequest.Status.ACCOMPANIED, ""),
]


def load(report):
    load_index_page()
    if not Booster.objects.exists():
        load_boosters()
        load_requests()
    load_booster_account(report)


def load_boosters():
    for index, territory in enumerate(Territory.objects.order_by("pk")):
        name, permanence, place = BOOSTERS[index % len(BOOSTERS)]
        drop_in = (
            EventPage.objects.live().in_territory(territory.slug).filter(category="job_drop_in").order_by("pk").first()
        )
        BoosterFactory(
            territory=territory,
            name=name,
            email=f"booster.{territory.slug}@impact-jeunes.example",
            phone=f"06 00 00 0{index % 10} 0{index % 10}",
            permanence=permanence,
            permanence_place=place,
            permanence_event=drop_in,
        )


def load_index_page():
    """/quartiers/, listed from the programme page by a call to action."""
    home = HomePage.objects.first()
    if home is None or NeighbourhoodIndexPage.objects.exists():
        return
    home.add_child(
        instance=NeighbourhoodIndexPage(
            title="Nos quartiers",
            slug="quartiers",
            intro="Dans chaque quartier du programme, un booster territorial t'accueille, t'écoute et t'oriente.",
        )
    )
    programme = StandardPage.objects.filter(slug="le-programme").first()
    if programme is not None:
        programme.body.append(
            (
                "call_to_action",
                {
                    "title": "Nos quartiers et leurs boosters",
                    "text": "Qui rencontrer, les permanences, les prochaines dates et les offres de chaque quartier.",
                    "link": {"label": "Voir les quartiers", "page": None, "url": "/quartiers/"},
                },
            )
        )
        programme.save_revision().publish()


def load_booster_account(report):
    username, dev_password = DEMO_LOGIN
    show_passwords = getattr(settings, "SHOW_DEMO_PASSWORDS", False)
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = get_user_model().objects.create_user(
            username=username,
            first_name="Nadia",
            email=f"{username}@impact-jeunes.example",
            password=dev_password if show_passwords else secrets.token_urlsafe(24),
            is_staff=True,
        )
        user.groups.add(Group.objects.get(name=groups.BOOSTERS))
    Booster.objects.filter(territory__slug=BOOSTER_TERRITORY).update(user=user)
    if show_passwords:
        report(f"  {username} / {dev_password}")


def load_requests():
    territories = list(Territory.objects.order_by("pk"))
    home = next((t for t in territories if t.slug == BOOSTER_TERRITORY), territories[0] if territories else None)
    if home is None:
        return
    for index, (first_name, age, looking_for, channel, status, oriented_to) in enumerate(REQUESTS):
        HelpRequestFactory(
            territory=home if index % 2 == 0 else territories[index % len(territories)],
            first_name=first_name,
            age=age,
            looking_for=looking_for,
            channel=channel,
            phone="" if channel == Channel.EMAIL else f"07 00 00 00 1{index}",
            email=f"{first_name.lower()}@mail.example" if channel == Channel.EMAIL else "",
            status=status,
            oriented_to=oriented_to,
            pathway_started_at=timezone.now() if status in HelpRequest.PATHWAY_STATUSES else None,
        )
