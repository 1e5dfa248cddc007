"""A contributed story goes public only as the approval of "Modération des histoires", and only with
complete consent — whoever asks, by every path: the editor's "Publier", bulk actions, the admin API,
a shell or a command. Each staff group against each action on a contributed story."""

import json
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from stories.consent.models import Contribution
from stories.consent.publication import PublicationRefused
from stories.models import StoryPage

from .contribution_helpers import complete_as_moderator, latest_story, photo_upload

pytestmark = [pytest.mark.django_db, pytest.mark.ignore_template_errors]


@pytest.fixture(autouse=True)
def _admin(admin_templates):
    pass


PARENT = {"parent_name": "Karima B.", "parent_email": "parent.yasmine@impact-jeunes.example"}


@pytest.fixture
def staff(db, django_user_model):
    """One member of each staff group, and a superuser."""

    def member(name, group=None, **extra):
        user = django_user_model.objects.create_user(
            username=name, email=f"{name}@impact-jeunes.example", password="un-mot-de-passe-long", **extra
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "Éditeurs": member("editrice", "Éditeurs"),
        "Communication": member("comm", "Communication"),
        "Modérateurs": member("modo", "Modérateurs"),
        "superuser": member("admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def minor_story(submit):
    """A 14-year-old's story with a photo, still waiting for a parent."""
    submit(age="14", photo=photo_upload(), consent_image="on", **PARENT)
    story = latest_story()
    assert Contribution.objects.get(story=story).status == Contribution.Status.AWAITING_PARENT
    return story


@pytest.fixture
def ready_story(submit):
    """A 19-year-old's story in moderation, its consents complete and its missing fields filled in."""
    submit(age="19")
    story = latest_story()
    story.profile = "determine"
    story.save_revision()
    return story


def edit_form(story, **overrides):
    """What the admin's page editor posts, with the two fields a contributed draft lacks filled in."""
    data = {
        "title": story.title,
        "slug": story.slug,
        "first_name": story.first_name,
        "age": story.age,
        "territory": story.territory_id,
        "profile": "determine",
        "outcome": story.outcome or "alternance",
        "sector": story.sector,
        "summary": story.summary,
        "main_image": story.main_image_id or "",
        "main_image_alt": "Une jeune femme devant un entrepôt." if story.main_image_id else "",
        "path_steps": inline_formset([]),
        "comments": inline_formset([]),
        "tags": "",
        "date_published": story.date_published.isoformat(),
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "body": streamfield([("paragraph", rich_text(str(block.value))) for block in story.body]),
        **overrides,
    }
    return nested_form_data(data)


def click_publish(client, user, story):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    return client.post(url, edit_form(story, **{"action-publish": "action-publish"}), follow=True)


def bulk_publish(client, user, story):
    client.force_login(user)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={story.pk}&next=/admin/"
    return client.post(url, {"include_descendants": ""}, follow=True)


GROUPS = ["Éditeurs", "Communication", "Modérateurs", "superuser"]


@pytest.mark.parametrize("group", GROUPS)
def test_publish_in_the_editor_is_refused_for_a_story_waiting_for_a_parent(client, staff, minor_story, group):
    if group in ("Éditeurs", "Communication"):
        # They cannot even open a minor's story before the parent agreed.
        client.force_login(staff[group])
        response = client.get(reverse("wagtailadmin_pages:edit", args=[minor_story.pk]))
        assert response.status_code in (302, 403)
    else:
        response = click_publish(client, staff[group], minor_story)
        assert response.status_code == 200
        assert "Un parent n'a pas encore donné son accord" in unescape(response.content.decode())
    minor_story.refresh_from_db()
    assert not minor_story.live
    assert Contribution.objects.get(story=minor_story).status == Contribution.Status.AWAITING_PARENT


@pytest.mark.parametrize("group", GROUPS)
def test_publish_in_the_editor_only_saves_a_draft_outside_the_workflow(client, staff, ready_story, group):
    response = click_publish(client, staff[group], ready_story)
    assert response.status_code == 200
    text = unescape(response.content.decode())
    ready_story.refresh_from_db()
    assert not ready_story.live
    if group in ("Éditeurs", "Communication"):
        # While the moderators review it, the story is locked for everyone else (Wagtail's approval task).
        assert "verrouillée" in text
    else:
        assert "Modération des histoires" in text
        assert ready_story.get_latest_revision().as_object().profile == "determine"  # nothing typed is lost


@pytest.mark.parametrize("group", GROUPS)
def test_bulk_publish_is_refused_without_a_500(client, staff, minor_story, ready_story, group):
    for story in (minor_story, ready_story):
        response = bulk_publish(client, staff[group], story)
        assert response.status_code == 200
        story.refresh_from_db()
        assert not story.live


@pytest.mark.parametrize("group", GROUPS)
def test_admin_api_publish_is_refused(client, staff, ready_story, group):
    client.force_login(staff[group])
    response = client.post(f"/admin/api/main/pages/{ready_story.pk}/action/publish/", content_type="application/json")
    assert response.status_code in (400, 403)
    ready_story.refresh_from_db()
    assert not ready_story.live


def test_shell_and_commands_cannot_publish(minor_story, ready_story, staff):
    for story in (complete_as_moderator(minor_story, staff["Modérateurs"]), ready_story):
        with pytest.raises(PublicationRefused):
            story.save_revision().publish()
        with pytest.raises(PublicationRefused):
            story.get_latest_revision().publish(user=staff["superuser"])
        story.refresh_from_db()
        assert not story.live


def test_a_scheduled_publication_date_is_refused(ready_story):
    ready_story.go_live_at = "2030-01-01T10:00:00+01:00"
    with pytest.raises(Exception, match="sans date programmée"):
        ready_story.full_clean()


@pytest.mark.parametrize("group", ["Éditeurs", "Communication"])
def test_other_staff_cannot_submit_a_minor_story_before_the_parent(client, staff, minor_story, group):
    tester = minor_story.permissions_for_user(staff[group])
    assert not tester.can_submit_for_moderation()
    assert not tester.can_publish()


def test_the_workflow_approval_publishes_once_consent_is_complete(client, submit, moderator, act):
    submit(age="14", **PARENT)
    contribution = Contribution.objects.get()
    story = contribution.story
    # No workflow yet: the moderators have nothing to approve before the parent.
    assert story.current_workflow_state is None
    client.post(f"/histoires/raconter/parent/{contribution.parent_token}/", {"consent_publication": "on"})
    complete_as_moderator(story, moderator)
    assert act(story, "approve").status_code == 302
    story.refresh_from_db()
    assert story.live
    assert Contribution.objects.get().status == Contribution.Status.PUBLISHED
    assert PageLogEntry.objects.filter(page=story, action="wagtail.publish", user=moderator).exists()


@pytest.mark.parametrize(
    ("group", "allowed"), [("Éditeurs", False), ("Communication", False), ("Modérateurs", True), ("superuser", True)]
)
def test_delete(client, staff, ready_story, group, allowed):
    client.force_login(staff[group])
    response = client.post(reverse("wagtailadmin_pages:delete", args=[ready_story.pk]))
    assert StoryPage.objects.filter(pk=ready_story.pk).exists() is not allowed
    contribution = Contribution.objects.get()
    if allowed:
        assert response.status_code == 302
        # No orphan record left "publiée" with the e-mail.
        assert contribution.status == Contribution.Status.ERASED
        assert contribution.email == ""
    else:
        assert contribution.email


@pytest.mark.parametrize("group", GROUPS)
def test_copy_is_refused(staff, ready_story, group):
    assert not ready_story.permissions_for_user(staff[group]).can_copy()


@pytest.mark.parametrize(
    ("group", "sees"), [("Éditeurs", False), ("Communication", False), ("Modérateurs", True), ("superuser", True)]
)
def test_view_a_minors_photo_waiting_for_consent(client, staff, minor_story, group, sees):
    photo = Contribution.objects.get(story=minor_story).photo
    client.force_login(staff[group])
    listing = client.get(reverse("wagtailimages:index"))
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    edit = client.get(reverse("wagtailimages:edit", args=[photo.pk]))
    assert (f"/images/{photo.pk}/" in listing.content.decode()) is sees
    assert (photo.title in json.loads(chooser.content)["html"]) is sees
    assert (edit.status_code == 200) is sees


def test_a_photo_is_shown_to_editors_once_the_parent_agreed(client, staff, minor_story):
    contribution = Contribution.objects.get(story=minor_story)
    client.post(
        f"/histoires/raconter/parent/{contribution.parent_token}/",
        {"consent_publication": "on", "consent_image": "on"},
    )
    photo = get_image_model().objects.get(pk=contribution.photo_id)
    client.force_login(staff["Éditeurs"])
    assert client.get(reverse("wagtailimages:edit", args=[photo.pk])).status_code == 200


def test_stories_written_by_the_staff_are_published_as_before(make_story, staff):
    story = make_story("Un parcours écrit par l'équipe")
    story.save_revision(user=staff["Éditeurs"]).publish(user=staff["Éditeurs"])
    story.refresh_from_db()
    assert story.live
    assert story.permissions_for_user(staff["Éditeurs"]).can_publish()
    assert story.permissions_for_user(staff["Éditeurs"]).can_delete()
