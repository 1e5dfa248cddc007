"""A photo sent with a story: metadata stripped before storage, dangerous files refused in French."""

import io
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from stories.consent.models import Contribution

from .contribution_helpers import complete_as_moderator, latest_story, photo_upload

pytestmark = pytest.mark.django_db


def test_gps_exif_is_stripped_from_original_and_renditions(submit, client, moderator, act):
    upload = photo_upload(gps=True)
    upload.seek(0)
    assert Image.open(io.BytesIO(upload.read())).getexif().get_ifd(0x8825), "the test photo carries GPS"
    upload.seek(0)
    submit(photo=upload, consent_image="on")
    contribution = Contribution.objects.get()
    with contribution.photo.file.open("rb") as stored:
        image = Image.open(stored)
        assert not image.getexif()
        assert "exif" not in image.info
    story = latest_story()
    complete_as_moderator(story, moderator)
    act(story, "approve")
    assert client.get(story.url).status_code == 200
    for rendition in contribution.photo.renditions.all():
        with rendition.file.open("rb") as stored:
            assert not Image.open(stored).getexif()


def test_decompression_bomb_is_refused(submit):
    output = io.BytesIO()
    Image.new("1", (12000, 12000)).save(output, format="PNG")
    bomb = SimpleUploadedFile("bombe.png", output.getvalue(), content_type="image/png")
    response = submit(photo=bomb, consent_image="on")
    assert response.status_code == 400
    assert "Ta photo est trop grande" in unescape(response.content.decode())
    assert not Contribution.objects.exists()


def test_photo_is_never_in_the_images_api_before_publication(submit, client):
    submit(photo=photo_upload(), consent_image="on")
    photo = Contribution.objects.get().photo
    listing = client.get("/api/v2/images/").json()
    assert photo.pk not in [item["id"] for item in listing["items"]]
    assert client.get(f"/api/v2/images/{photo.pk}/").status_code == 404
