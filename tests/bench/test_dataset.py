"""The benchmark dataset at a hundredth of its size: a sound tree, pages that render, no duplicates."""

import pytest
from django.db import transaction
from django.test import Client
from wagtail.models import Page, Site

from bench import dataset
from bench.page_tree import tree_problems
from opportunities.agenda.recurrence import Frequency
from opportunities.models import EventDateChange, EventPage, OfferPage, OfferSession, SignUp
from partners_directory.models import PartnerPage, PartnerService
from portal.factories import HomePageFactory
from stories.models import StoryPage

SCALE = 0.01
MODELS = {"partner": PartnerPage, "offer": OfferPage, "event": EventPage, "story": StoryPage}


def build(scale=SCALE):
    return dataset.build(scale, demo=False, report=lambda *args: None)


@pytest.fixture(scope="module")
def _dataset(django_db_setup, django_db_blocker):
    """Built once for the module, inside a transaction rolled back at its end.

    Without illustrations: each test has its own media folder, where files drawn here would not be.
    """
    with pytest.MonkeyPatch.context() as patch, django_db_blocker.unblock(), transaction.atomic():
        patch.setattr(dataset, "story_images", list)
        home = HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.update(root_page=home, hostname="testserver")
        build()
        yield dataset.counts_for(SCALE)
        transaction.set_rollback(True)


@pytest.fixture
def built(_dataset, db):
    return _dataset


def live_counts():
    return {kind: Page.objects.live().public().type(model).count() for kind, model in MODELS.items()}


def test_tree_is_sound(built):
    assert all(problems == [] for problems in Page.find_problems())
    assert tree_problems() == []


def test_counts_follow_the_scale(built):
    assert live_counts() == built
    assert built["offer"] <= OfferSession.objects.count() <= 5 * built["offer"]
    services = PartnerService.objects.count()
    assert built["partner"] <= services <= 3 * built["partner"]
    repeating = EventPage.objects.exclude(frequency=Frequency.ONCE)
    assert set(repeating.values_list("frequency", flat=True)) == {Frequency.WEEKLY, Frequency.MONTHLY_BY_WEEKDAY}
    assert EventDateChange.objects.filter(page__in=repeating).exists()


def test_some_sessions_are_full_and_some_past(built):
    sessions = list(OfferSession.objects.with_seats_taken())
    assert any(session.is_full for session in sessions)
    assert any(session.is_past for session in sessions)
    assert any(not session.is_past for session in sessions)
    assert SignUp.objects.exists()


@pytest.mark.parametrize("kind", list(MODELS))
def test_generated_pages_are_served(built, kind):
    page = MODELS[kind].objects.live().order_by("-pk").first()
    response = Client().get(page.url)
    assert response.status_code == 200
    assert page.title.encode() in response.content or page.title[:20].encode() in response.content


def test_running_again_adds_nothing(built):
    before = live_counts()
    ids = set(Page.objects.values_list("pk", flat=True))
    _counts, changed = build()
    assert not changed
    assert live_counts() == before
    assert set(Page.objects.values_list("pk", flat=True)) == ids


def test_a_larger_scale_only_adds_the_missing_items(built):
    first_story = StoryPage.objects.get(translation_key=dataset.item_key("story", 0))
    build(scale=2 * SCALE)
    assert live_counts() == dataset.counts_for(2 * SCALE)
    assert StoryPage.objects.get(translation_key=dataset.item_key("story", 0)).pk == first_story.pk
    assert tree_problems() == []


def test_generation_is_seeded(built):
    story = StoryPage.objects.get(translation_key=dataset.item_key("story", 3))
    assert story.title == StoryPage.objects.get(pk=story.pk).title
    again = dataset.rng_for("story", 3)
    assert again.random() == dataset.rng_for("story", 3).random()
    first_name = story.first_name
    from bench import words

    assert first_name == dataset.rng_for("story", 3).choice(words.FIRST_NAMES)
