"""Factories for news pages, shared by the tests and the demo content."""

import factory
import wagtail_factories
from django.utils.text import slugify

from news.index_page import NewsIndexPage
from news.news_page import NewsCategory, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actualités"
    slug = "actualites"
    intro = "Les nouvelles du programme : ce qui s'est passé, qui nous a rejoints, où nous en sommes."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Une nouvelle du programme {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    category = NewsCategory.PROGRAMME
    summary = "Le programme avance, quartier par quartier."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Une belle journée au centre social.</p>")])

    class Meta:
        model = NewsPage
