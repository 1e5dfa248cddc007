"""Factories for partner pages, shared by the tests and the demo content."""

from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify

from partners_directory.models import PartnerIndexPage, PartnerKind, PartnerPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partenaires"
    slug = "partenaires"
    intro = "Associations, services publics et entreprises qui peuvent t'aider, près de chez toi."

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partenaire {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    kind = PartnerKind.ASSOCIATION
    summary = "Accompagne les jeunes du quartier vers l'emploi et la formation."
    address = "1 rue de la République"
    postcode = "13013"
    commune = "Marseille"
    latitude = Decimal("43.329500")
    longitude = Decimal("5.418000")

    class Meta:
        model = PartnerPage
