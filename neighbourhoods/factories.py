"""Factories for boosters and requests for help, shared by the tests and the demo content."""

import factory
import wagtail_factories
from django.utils import timezone

from neighbourhoods.boosters import Booster
from neighbourhoods.help_requests import Channel, HelpRequest, LookingFor
from neighbourhoods.index_page import NeighbourhoodIndexPage
from portal.factories import TerritoryFactory
from stories.consent import wording


class BoosterFactory(factory.django.DjangoModelFactory):
    territory = factory.SubFactory(TerritoryFactory)
    name = factory.Sequence(lambda n: f"Booster {n}")
    email = factory.Sequence(lambda n: f"booster{n}@impact-jeunes.example")
    phone = "04 91 00 00 00"
    permanence = "le mardi, 14 h – 17 h"
    permanence_place = "Centre social du quartier"

    class Meta:
        model = Booster


class HelpRequestFactory(factory.django.DjangoModelFactory):
    territory = factory.SubFactory(TerritoryFactory)
    first_name = factory.Sequence(lambda n: f"Jeune{n}")
    age = 19
    looking_for = LookingFor.JOB
    channel = Channel.PHONE
    phone = "0612345678"
    consent_version = factory.LazyFunction(lambda: wording.current_version(wording.HELP_CONTACT))
    consent_given_at = factory.LazyFunction(timezone.now)
    routed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = HelpRequest


class NeighbourhoodIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nos quartiers"
    slug = "quartiers"
    intro = "Dans chaque quartier, un booster t'accueille."

    class Meta:
        model = NeighbourhoodIndexPage
