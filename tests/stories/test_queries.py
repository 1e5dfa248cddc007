"""The story pages run a number of SQL queries that does not grow with the number of stories."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.demo_images import demo_image
from stories.choices import Outcome, Profile

pytestmark = pytest.mark.django_db

PROFILES = list(Profile)
OUTCOMES = list(Outcome)


def add_stories(make_story, count, start=0):
    for number in range(start, start + count):
        make_story(
            f"Histoire numéro {number}",
            territory="trebon" if number % 2 else "malpasse",
            profile=PROFILES[number % 3],
            outcome=OUTCOMES[number % len(OUTCOMES)],
            sector="digital",
            main_image=demo_image(f"Image {number % 3}", seed=f"q{number % 3}"),
            main_image_alt="Formes",
            tags=[f"tag-{number % 4}"],
        )


def queries(client, url):
    # Warm up: renditions and the site settings row are created on the first views.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/histoires/", "/histoires/?parcours=determine&tag=tag-1", "/histoires/rss/"])
def test_listing_queries_do_not_grow_with_stories(client, make_story, url):
    add_stories(make_story, 5)
    with_five = queries(client, url)
    add_stories(make_story, 45, start=5)
    with_fifty = queries(client, url)

    assert with_five == with_fifty
    assert with_fifty <= 12


def test_story_page_queries_do_not_grow_with_stories(client, make_story):
    add_stories(make_story, 5)
    url = "/histoires/histoire-numero-0/"
    with_five = queries(client, url)
    add_stories(make_story, 45, start=5)
    with_fifty = queries(client, url)

    assert with_five == with_fifty
    assert with_fifty <= 12


def test_home_page_featured_stories_do_not_add_queries_per_story(client, make_story):
    add_stories(make_story, 5)
    with_five = queries(client, "/")
    add_stories(make_story, 45, start=5)

    assert queries(client, "/") == with_five
    assert with_five <= 12
