"""Factories for the letter, shared by the tests and the demo content."""

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from newsletter.index_page import NewsletterIndexPage
from newsletter.newsletter_page import NewsletterPage
from newsletter.subscriber import Subscriber


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "La lettre d'Impact Jeunes"
    slug = "lettre"
    intro = "Une fois par mois, les nouvelles histoires, les offres à ne pas rater et les dates à venir."

    class Meta:
        model = NewsletterIndexPage


class NewsletterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"La lettre n° {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = "Bonjour ! Voici les nouvelles du mois."
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", "<p>Ce mois-ci, des portes s'ouvrent.</p>"),
            ("stories", {"heading": "Leurs histoires", "mode": "latest", "count": 2, "pages": []}),
        ]
    )

    class Meta:
        model = NewsletterPage


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"abonne{n}@impact-jeunes.example")
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscriber
