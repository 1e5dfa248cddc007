import pytest
from django.contrib.auth.models import Group

from neighbourhoods.factories import BoosterFactory
from portal.factories import TerritoryFactory


@pytest.fixture
def territories(db):
    return TerritoryFactory(name="Les Lauriers"), TerritoryFactory(name="Félix Pyat", postcode="13003")


def staff(django_user_model, username, group, email=None):
    user = django_user_model.objects.create_user(
        username, email=email or f"{username}@impact-jeunes.example", password="un-mot-de-passe-long"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def boosters(territories, django_user_model):
    """One booster per territory, each with an admin account in the Boosters group."""
    lauriers, pyat = territories
    return (
        BoosterFactory(
            territory=lauriers,
            name="Nadia",
            email="nadia.booster@impact-jeunes.example",
            user=staff(django_user_model, "nadia", "Boosters"),
        ),
        BoosterFactory(
            territory=pyat,
            name="Karim",
            email="karim.booster@impact-jeunes.example",
            user=staff(django_user_model, "karim", "Boosters"),
        ),
    )


@pytest.fixture
def moderator(django_user_model):
    return staff(django_user_model, "sami", "Modérateurs", "sami.moderation@impact-jeunes.example")


@pytest.fixture
def communication(django_user_model):
    return staff(django_user_model, "camille", "Communication")
