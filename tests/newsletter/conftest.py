import pytest

from newsletter.factories import NewsletterIndexPageFactory, NewsletterPageFactory, SubscriberFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory


@pytest.fixture
def letter_index(home_page):
    return NewsletterIndexPageFactory(parent=home_page)


@pytest.fixture
def newsletter(home_page, letter_index):
    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=stories, title="Du banc au quai", summary="Yanis a trouvé sa voie dans la logistique.")
    return NewsletterPageFactory(parent=letter_index, title="La lettre de novembre")


@pytest.fixture
def subscribers(db):
    def make(count, **fields):
        return [SubscriberFactory(**fields) for _ in range(count)]

    return make
