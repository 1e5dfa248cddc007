import pytest

from portal.factories import TerritoryFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory


@pytest.fixture
def story_index(home_page):
    return StoryIndexPageFactory(parent=home_page)


@pytest.fixture
def territories(db):
    return {
        "malpasse": TerritoryFactory(slug="malpasse", name="Malpassé", commune="Marseille"),
        "trebon": TerritoryFactory(slug="trebon", name="Trébon", commune="Arles"),
    }


@pytest.fixture
def make_story(story_index, territories):
    def make(title, territory="malpasse", tags=(), **fields):
        story = StoryPageFactory(parent=story_index, title=title, territory=territories[territory], **fields)
        if tags:
            story.tags.add(*tags)
            story.save_revision().publish()
        return story

    return make


# Fixtures of the contribution tests (real form posts, moderators, editors).
from .contribution_helpers import act, contribute_url, editor, moderator, submit  # noqa: E402, F401
