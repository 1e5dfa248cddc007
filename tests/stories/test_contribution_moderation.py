"""Nothing is public before a moderator approves it; the moderator's decision reaches the young person."""

import feedparser
import pytest
from django.core import mail

from stories.consent.models import Contribution

from .contribution_helpers import complete_as_moderator, latest_story

pytestmark = pytest.mark.django_db

CONTACT = "yasmine.contact@impact-jeunes.example"
EVERYWHERE = {"index", "page", "rss", "search", "api", "sitemap"}


def public_views(client, story_index, story):
    """Every public place a story can show up, as an anonymous visitor sees them."""
    return {
        "index": client.get(story_index.url),
        "page": client.get(f"{story_index.url}{story.slug}/"),
        "rss": client.get(f"{story_index.url}rss/"),
        "search": client.get("/recherche/", {"q": "Yasmine"}),
        "api": client.get("/api/v2/pages/", {"type": "stories.StoryPage", "fields": "first_name,summary"}),
        "sitemap": client.get("/sitemap.xml"),
    }


def appears(responses, story):
    found = set()
    for name, response in responses.items():
        text = response.content.decode()
        if name == "page":
            if response.status_code == 200:
                found.add(name)
        elif name == "rss":
            feed = feedparser.parse(text)
            if any(entry.link.endswith(f"/{story.slug}/") for entry in feed.entries):
                found.add(name)
        elif story.title in text or story.slug in text:
            found.add(name)
    return found


def test_nothing_public_before_approval_and_everything_after(client, submit, story_index, moderator, act):
    submit()
    story = latest_story()
    assert appears(public_views(client, story_index, story), story) == set()

    complete_as_moderator(story, moderator)
    mail.outbox.clear()
    response = act(story, "approve")
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live
    assert appears(public_views(client, story_index, story), story) == {
        "index",
        "page",
        "rss",
        "search",
        "api",
        "sitemap",
    }

    contribution = Contribution.objects.get()
    assert contribution.status == Contribution.Status.PUBLISHED
    assert contribution.decided_at is not None
    published = [m for m in mail.outbox if m.to == [CONTACT]]
    assert len(published) == 1
    assert "en ligne" in published[0].subject
    assert story.get_full_url() in published[0].body
    assert f"/raconter/retrait/{contribution.contributor_token}/" in published[0].body


def test_request_changes_emails_the_moderators_comment(client, submit, moderator, act):
    submit()
    story = latest_story()
    mail.outbox.clear()
    comment = "Peux-tu enlever le nom de ton lycée ? Le reste est parfait."
    response = act(story, "reject", comment=comment)
    assert response.status_code == 302
    story.refresh_from_db()
    assert not story.live
    contribution = Contribution.objects.get()
    assert contribution.status == Contribution.Status.CHANGES_REQUESTED
    message = next(m for m in mail.outbox if m.to == [CONTACT])
    assert comment in message.body
    assert f"/raconter/retrait/{contribution.contributor_token}/" in message.body


def test_contact_email_never_appears_publicly(client, submit, story_index, moderator, act):
    submit(photo=None)
    story = latest_story()
    complete_as_moderator(story, moderator)
    act(story, "approve")
    responses = public_views(client, story_index, story)
    # Searching for the address finds nothing (the search page only echoes the query back).
    by_email = client.get("/recherche/", {"q": CONTACT}).content.decode()
    assert story.title not in by_email and story.slug not in by_email
    responses["api_search"] = client.get("/api/v2/pages/", {"search": "yasmine.contact"})
    responses["api_detail"] = client.get(f"/api/v2/pages/{story.pk}/")
    for name, response in responses.items():
        text = response.content.decode()
        assert CONTACT not in text, name
        assert "yasmine.contact" not in text, name
