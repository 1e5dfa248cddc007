"""Factories for partner pages, shared by the tests and the demo content."""

from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify

from partners_directory.index_page import PartnerIndexPage
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage, PartnerService


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
    themes = factory.LazyFunction(lambda: ["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"])
    publics = factory.LazyFunction(lambda: ["jeunes"])

    class Meta:
        model = PartnerPage
        skip_postgeneration_save = True

    @factory.post_generation
    def services(self, create, extracted, **kwargs):
        """`services=[{"name": …}, …]` adds those services."""
        for position, data in enumerate(extracted or []):
            service = PartnerService(partner=self, sort_order=position, **data)
            if create:
                service.save()


class PartnerServiceFactory(factory.django.DjangoModelFactory):
    partner = factory.SubFactory(PartnerPageFactory)
    name = factory.Sequence(lambda n: f"Atelier {n}")
    service_type = "atelier"
    description = "Deux heures en petit groupe pour préparer ton CV."
    themes = factory.LazyFunction(lambda: ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"])
    publics = factory.LazyFunction(lambda: ["jeunes"])
    reception_modes = factory.LazyFunction(lambda: ["en-presentiel"])

    class Meta:
        model = PartnerService
