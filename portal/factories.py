"""Factories for the portal's models, shared by the tests and the demo content."""

from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify

from portal.models import HomePage, StandardPage, Territory, TerritoryKind


class TerritoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Quartier {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    commune = "Marseille"
    postcode = "13013"
    insee_code = "13055"
    kind = TerritoryKind.PILOT
    latitude = Decimal("43.329500")
    longitude = Decimal("5.418000")

    class Meta:
        model = Territory
        django_get_or_create = ("slug",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"
    hero_title = "Ton avenir se construit ici, dans ton quartier"
    hero_text = "Des histoires qui donnent envie, des entreprises qui ouvrent leurs portes."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = "Une page d'information du programme."

    class Meta:
        model = StandardPage
