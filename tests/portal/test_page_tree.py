"""Where each page type may go: one table for the whole site, so a tree rule can never silently forbid a page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import nested_form_data

from neighbourhoods.models import NeighbourhoodIndexPage
from news.models import NewsIndexPage, NewsPage
from newsletter.models import NewsletterIndexPage, NewsletterPage
from opportunities.models import EventIndexPage, EventPage, OfferIndexPage, OfferPage
from partners_directory.models import PartnerIndexPage, PartnerPage
from portal.groups import EDITORS
from portal.models import HomePage, StandardPage
from stories.models import StoryIndexPage, StoryPage

# page type: (allowed parents, allowed children)
TREE = {
    HomePage: (
        {Page},
        {
            StandardPage,
            StoryIndexPage,
            PartnerIndexPage,
            OfferIndexPage,
            EventIndexPage,
            NewsIndexPage,
            NewsletterIndexPage,
            NeighbourhoodIndexPage,
        },
    ),
    StandardPage: ({HomePage, StandardPage}, {StandardPage}),
    StoryIndexPage: ({HomePage}, {StoryPage}),
    StoryPage: ({StoryIndexPage}, set()),
    PartnerIndexPage: ({HomePage}, {PartnerPage}),
    PartnerPage: ({PartnerIndexPage}, set()),
    OfferIndexPage: ({HomePage}, {OfferPage}),
    OfferPage: ({OfferIndexPage}, set()),
    EventIndexPage: ({HomePage}, {EventPage}),
    EventPage: ({EventIndexPage}, set()),
    NewsIndexPage: ({HomePage}, {NewsPage}),
    NewsPage: ({NewsIndexPage}, set()),
    NewsletterIndexPage: ({HomePage}, {NewsletterPage}),
    NewsletterPage: ({NewsletterIndexPage}, set()),
    NeighbourhoodIndexPage: ({HomePage}, set()),
}
SITE_APPS = {
    "portal",
    "stories",
    "opportunities",
    "partners_directory",
    "news",
    "newsletter",
    "corrections",
    "audience",
    "neighbourhoods",
    "search",
}


@pytest.mark.parametrize("page_type", TREE, ids=lambda page_type: page_type.__name__)
def test_allowed_parents_and_children(page_type):
    parents, children = TREE[page_type]
    # Wagtail checks both ends: the child's parent_page_types and the parent's subpage_types.
    assert set(page_type.allowed_parent_page_models()) == parents
    assert set(page_type.allowed_subpage_models()) == children


def test_every_page_type_of_the_site_is_in_the_table():
    assert {model for model in get_page_models() if model._meta.app_label in SITE_APPS} == set(TREE)


@pytest.mark.django_db
def test_an_editor_adds_the_story_index_under_the_home_page_in_the_admin(
    client, home_page, django_user_model, admin_templates
):
    editor = django_user_model.objects.create_user("editrice", password="mot-de-passe-editrice", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["stories", "storyindexpage", home_page.pk])

    choices = client.get(reverse("wagtailadmin_pages:add_subpage", args=[home_page.pk]))
    assert add_url in choices.content.decode()
    response = client.post(
        add_url, nested_form_data({"title": "Histoires", "slug": "histoires", "intro": "", "action-publish": "1"})
    )

    assert response.status_code == 302
    index = StoryIndexPage.objects.get()
    assert index.get_parent().specific == home_page and index.live
