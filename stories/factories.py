"""Factories for story pages, shared by the tests, the demo content and the benchmark."""

import factory
import wagtail_factories
from django.utils.text import slugify

from portal.factories import TerritoryFactory
from stories.choices import Outcome, Profile
from stories.index_page import StoryIndexPage
from stories.story_page import StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Les belles histoires"
    slug = "histoires"
    intro = "Des jeunes de nos quartiers racontent comment ils et elles ont trouvé leur voie."

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Une histoire de courage {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    first_name = "Inès"
    age = 19
    territory = factory.SubFactory(TerritoryFactory)
    profile = Profile.DETERMINED
    outcome = Outcome.JOB
    sector = ""
    summary = "Elle a trouvé un emploi après un stage découvert au quartier."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>J'ai poussé la porte de la Mission locale.</p>")])

    class Meta:
        model = StoryPage
