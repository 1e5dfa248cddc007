"""An unpublished or private story never appears anywhere."""

import feedparser
import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_stories(make_story):
    visible = make_story("Visible partout", featured=True)
    draft = make_story("Brouillon secret", featured=True)
    draft.unpublish()
    private = make_story("Histoire privée", featured=True)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return visible


@pytest.mark.parametrize("url", ["/", "/histoires/", "/histoires/rss/", "/sitemap.xml"])
def test_unpublished_and_private_stories_are_never_listed(client, hidden_stories, url):
    html = client.get(url).content.decode()

    assert "Visible partout" in html or "visible-partout" in html
    assert "Brouillon secret" not in html and "brouillon-secret" not in html
    assert "Histoire privée" not in html and "histoire-privee" not in html


def test_related_stories_skip_hidden_ones(client, hidden_stories, make_story):
    other = make_story("Autre histoire")
    response = client.get(other.url)

    assert [story.title for story in response.context["related"]] == ["Visible partout"]


def test_progress_counts_only_published_public_stories(client, hidden_stories):
    assert "1 histoire publiée" in client.get("/histoires/").content.decode()


def test_feed_items_are_the_published_stories(client, hidden_stories):
    feed = feedparser.parse(client.get("/histoires/rss/").content)

    assert [entry.title.split(" (")[0] for entry in feed.entries] == ["Visible partout"]
