import datetime

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_home_shows_featured_stories_first_then_the_most_recent(client, make_story):
    make_story("Ancienne à la une", featured=True, date_published=datetime.date(2025, 1, 1))
    make_story("Récente 1", date_published=datetime.date(2026, 3, 1))
    make_story("Récente 2", date_published=datetime.date(2026, 4, 1))
    make_story("Plus ancienne", date_published=datetime.date(2024, 1, 1))

    stories = client.get("/").context["featured_stories"]

    assert [story.title for story in stories] == ["Ancienne à la une", "Récente 2", "Récente 1"]


@pytest.fixture
def admin_client(client, monkeypatch):
    from django.template import engines

    # Wagtail's admin templates rely on optional variables rendering as "".
    monkeypatch.setattr(engines["django"].engine, "string_if_invalid", "")
    user = get_user_model().objects.create_superuser("admin", "admin@impact-jeunes.example", "pass")
    client.force_login(user)
    return client


def test_editors_can_create_and_edit_stories_in_the_admin(admin_client, story_index, make_story):
    story = make_story("Dans l'admin")

    assert admin_client.get(f"/admin/pages/{story.pk}/edit/").status_code == 200
    response = admin_client.get(f"/admin/pages/add/stories/storypage/{story_index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Prénom ou pseudo" in html
    assert "Le parcours" in html
