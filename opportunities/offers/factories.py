"""Factories for offers and their sessions, shared by the tests and the demo content."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from opportunities.offers.index_page import OfferIndexPage
from opportunities.offers.models import OfferSession, OfferType
from opportunities.offers.offer_page import OfferPage
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.models import PartnerIndexPage, PartnerKind, PartnerPage
from portal.audiences import Audience
from portal.models import HomePage
from portal.sectors import Sector


class OfferIndexPageFactory(wagtail_factories.PageFactory):
    title = "Offres des entreprises"
    slug = "offres"
    intro = "Stages de 3e, visites, masterclasses : des entreprises ouvrent leurs portes près de chez toi."

    class Meta:
        model = OfferIndexPage


def default_company():
    """A company partner to attach offers to when a test or demo does not name one."""
    company = PartnerPage.objects.filter(kind=PartnerKind.COMPANY).order_by("pk").first()
    if company:
        return company
    index = PartnerIndexPage.objects.first() or PartnerIndexPageFactory(parent=HomePage.objects.first())
    return PartnerPageFactory(parent=index, title="Entreprise exemple", kind=PartnerKind.COMPANY)


class OfferPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Découverte numéro {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    offer_type = OfferType.COMPANY_VISIT
    sector = Sector.LOGISTICS
    audience = Audience.EVERYONE
    company = factory.LazyFunction(default_company)
    summary = "Une matinée pour découvrir les métiers de l'entreprise et poser toutes tes questions."
    description = "<p>Accueil, visite des ateliers, échange avec des salariés.</p>"
    address = "12 boulevard de la Logistique"
    postcode = "13013"
    commune = "Marseille"
    notification_email = "entreprise@impact-jeunes.example"

    class Meta:
        model = OfferPage


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class OfferSessionFactory(factory.django.DjangoModelFactory):
    """Pass `page`: an offer page lives under the offer index."""

    date = factory.LazyFunction(lambda: in_days(7))
    start_time = datetime.time(9, 30)
    end_time = datetime.time(12, 0)
    seats = 10

    class Meta:
        model = OfferSession
