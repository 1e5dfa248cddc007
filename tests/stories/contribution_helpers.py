"""Shared helpers of the contribution tests: a real form post, real images, a real moderator."""

import io

import pytest
from django.contrib.auth.models import Group
from PIL import Image

STORY_TEXT = (
    "J'avais quitté le lycée en seconde et je ne savais plus quoi faire de mes journées.\n\n"
    "Un animateur du centre social m'a parlé d'une visite d'entreprise dans la logistique. "
    "J'y suis allée un peu à reculons, et j'ai découvert un métier qui me plaît.\n\n"
    "Aujourd'hui je suis en alternance et je veux dire aux autres : poussez les portes, on vous attend."
)


def jpeg_bytes(size=(64, 48), gps=False):
    image = Image.new("RGB", size, (200, 80, 40))
    output = io.BytesIO()
    if gps:
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"
        gps_ifd = {1: "N", 2: (43.0, 20.0, 10.0), 3: "E", 4: (5.0, 22.0, 30.0)}
        exif[0x8825] = gps_ifd
        image.save(output, format="JPEG", exif=exif)
    else:
        image.save(output, format="JPEG")
    return output.getvalue()


def photo_upload(name="moi.jpg", gps=False):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, jpeg_bytes(gps=gps), content_type="image/jpeg")


def form_data(territory, **overrides):
    data = {
        "first_name": "Yasmine",
        "age": "19",
        "territory": str(territory.pk),
        "story": STORY_TEXT,
        "outcome": "alternance",
        "sector": "",
        "email": "yasmine.contact@impact-jeunes.example",
        "parent_name": "",
        "parent_email": "",
        "consent_publication": "on",
        "site_web": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def contribute_url(story_index):
    return story_index.url + "raconter/"


@pytest.fixture
def moderator(db, django_user_model):
    user = django_user_model.objects.create_user(
        username="moderatrice", email="moderatrice@impact-jeunes.example", password="un-mot-de-passe-long"
    )
    user.groups.add(Group.objects.get(name="Modérateurs"))
    return user


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        username="editeur", email="editeur@impact-jeunes.example", password="un-mot-de-passe-long"
    )
    user.groups.add(Group.objects.get(name="Éditeurs"))
    return user


@pytest.fixture
def act(client, moderator, django_capture_on_commit_callbacks):
    """A moderator's workflow action in the admin, with the e-mails sent after commit."""

    def run(story, action, comment=None):
        with django_capture_on_commit_callbacks(execute=True):
            return moderator_action(client, moderator, story, action, comment)

    return run


@pytest.fixture
def submit(client, contribute_url, territories, django_capture_on_commit_callbacks):
    """Post the real form (through the honeypot, CSRF-exempt test client) and run on-commit e-mails."""

    def post(**overrides):
        data = form_data(territories["malpasse"], **overrides)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(contribute_url, data)

    return post


def latest_story():
    from stories.models import StoryPage

    return StoryPage.objects.order_by("-pk").first()


def task_state_of(story):
    from wagtail.models import TaskState

    return TaskState.objects.filter(workflow_state__object_id=str(story.pk), status="in_progress").get()


def complete_as_moderator(story, moderator, alt=""):
    """What the moderator does in the editor before approving: choose the profile, describe the photo."""
    from stories.models import StoryPage

    story = StoryPage.objects.get(pk=story.pk)
    story.profile = "determine"
    if story.main_image_id:
        story.main_image_alt = alt or "Une jeune femme sourit devant un entrepôt."
    story.save_revision(user=moderator)
    return story


def moderator_action(client, moderator, story, action, comment=None):
    """Click a workflow action in the real admin, as the moderator."""
    from django.urls import reverse

    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, action, task_state_of(story).pk])
    data = {"comment": comment} if comment is not None else {}
    response = client.post(url, data)
    client.logout()
    return response
