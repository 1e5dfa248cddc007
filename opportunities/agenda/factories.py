"""Factories for the agenda's pages, shared by the tests and the demo content."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from opportunities.agenda.event_page import EventPage
from opportunities.agenda.index_page import EventIndexPage
from opportunities.agenda.models import EventCategory
from portal.dates import PARIS


def paris(*args):
    """An aware datetime in Paris time: paris(2027, 3, 28, 14, 0)."""
    return datetime.datetime(*args, tzinfo=PARIS)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    intro = "Forums, permanences, ateliers : tous les rendez-vous pour trouver ta voie, près de chez toi."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Atelier CV numéro {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    category = EventCategory.CV_WORKSHOP
    summary = "Viens avec ton CV, on le retravaille ensemble."
    start = factory.LazyFunction(
        lambda: (datetime.datetime.now(PARIS) + datetime.timedelta(days=7)).replace(
            hour=14, minute=0, second=0, microsecond=0
        )
    )
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    venue_name = "Maison de quartier"
    address = "2 place du Marché"
    postcode = "13013"
    commune = "Marseille"

    class Meta:
        model = EventPage
