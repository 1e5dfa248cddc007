"""Every model of the app, for Django (which looks for them here) and for the other apps.

Code inside this app imports the module that defines a model (`news_page`, `index_page`), never
this one: the index page routes to views that need the news pages.
"""

from news.index_page import NewsIndexPage
from news.news_page import NewsCategory, NewsPage, NewsRelatedLink, NewsTag

__all__ = ["NewsCategory", "NewsIndexPage", "NewsPage", "NewsRelatedLink", "NewsTag"]
