"""Every model of the app, for Django (which looks for them here) and for the other apps.

Code inside this app imports the module that defines a model (`story_page`, `index_page`, `consent.models`,
`contributions.models`), never this one: the index page routes to views that need the stories.
"""

from stories.consent.models import Consent, Contribution
from stories.contributions.models import StoryReport, StoryReviewTask
from stories.index_page import StoryIndexPage
from stories.story_page import PROGRAMME_TARGET, StoryPage, StoryPathStep, StoryTag

__all__ = [
    "PROGRAMME_TARGET",
    "Consent",
    "Contribution",
    "StoryIndexPage",
    "StoryPage",
    "StoryPathStep",
    "StoryReport",
    "StoryReviewTask",
    "StoryTag",
]
