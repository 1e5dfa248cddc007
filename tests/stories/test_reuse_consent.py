"""Reuse beyond the site (social networks, printed materials): asked apart, optional, a parent answers
for a minor who sees the photo; recorded dated and versioned; listed and filtered in the admin."""

import re
from html import unescape

import pytest
from django.core import mail
from wagtail.images import get_image_model

from stories.consent import reuse, wording
from stories.consent.models import Consent, Contribution
from stories.contributions.withdrawal import withdraw

from .contribution_helpers import complete_as_moderator, latest_story, photo_upload

pytestmark = pytest.mark.django_db

PARENT = "parent.yasmine@impact-jeunes.example"


def reusable(kind):
    field = {"histoire": "story_reusable", "photo": "photo_reusable"}[kind]
    return list(reuse.with_reuse(Contribution.objects.all()).filter(**{field: True}))


def parent_link():
    [message] = [m for m in mail.outbox if m.to == [PARENT]]
    return re.search(r"https?://testserver(/\S+/raconter/parent/\S+/)", message.body).group(1)


def publish(story, moderator, act):
    complete_as_moderator(story, moderator)
    act(story, "approve")


def test_the_form_asks_separately_and_nothing_is_ticked(client, contribute_url):
    html = client.get(contribute_url).content.decode()

    assert "réseaux sociaux du programme" in html
    assert not re.search(r'name="reuse_story"[^>]*checked', html)


def test_an_adult_agreeing_is_recorded_dated_and_versioned_and_listed_once_published(submit, moderator, act):
    submit(photo=photo_upload(), consent_image="on", reuse_story="on", reuse_photo="on")
    contribution = Contribution.objects.get()
    kinds = dict(contribution.consents.values_list("kind", "wording_version"))
    assert kinds[wording.REUSE_STORY] == kinds[wording.REUSE_PHOTO] == "2026-12"
    assert all(consent.given_at for consent in contribution.consents.all())
    assert reusable("histoire") == []  # not before it is published

    publish(latest_story(), moderator, act)

    assert reusable("histoire") == [contribution] and reusable("photo") == [contribution]


def test_saying_nothing_keeps_the_story_on_the_site_only(submit, moderator, act):
    submit()
    publish(latest_story(), moderator, act)

    assert reusable("histoire") == [] and reusable("photo") == []


def test_a_minor_agreeing_needs_a_parent_who_sees_the_photo(submit, client, django_capture_on_commit_callbacks):
    response = submit(age="16", photo=photo_upload(), consent_image="on", reuse_story="on", reuse_photo="on")
    assert response.status_code == 400
    assert "un parent doit être d&#x27;accord" in response.content.decode()

    submit(
        age="16",
        photo=photo_upload(),
        consent_image="on",
        reuse_story="on",
        reuse_photo="on",
        parent_name="Karima B.",
        parent_email=PARENT,
    )
    link = parent_link()
    page = unescape(client.get(link).content.decode())
    assert '<img src="photo/"' in page
    assert wording.text(wording.PARENT_REUSE_STORY)[:40] in page
    photo = client.get(link + "photo/")
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert "private" in photo["Cache-Control"] and photo["X-Robots-Tag"] == "noindex, nofollow"
    assert client.get(link.replace("/parent/", "/parent/x") + "photo/").status_code == 404


def test_a_minor_without_the_parents_yes_is_never_reusable(submit, client, confirm_parent, moderator, act):
    submit(age="16", reuse_story="on", parent_name="Karima B.", parent_email=PARENT)
    confirm_parent(parent_link(), reuse_story="")  # the parent answers only what is required
    publish(latest_story(), moderator, act)

    assert Contribution.objects.get().consent(wording.REUSE_STORY)
    assert reusable("histoire") == []


def test_a_minor_with_the_parents_yes_is_reusable(submit, client, confirm_parent, moderator, act):
    submit(
        age="16",
        photo=photo_upload(),
        consent_image="on",
        reuse_story="on",
        reuse_photo="on",
        parent_name="Karima B.",
        parent_email=PARENT,
    )
    confirm_parent(parent_link(), consent_image="on", reuse_story="on", reuse_photo="on")
    publish(latest_story(), moderator, act)

    contribution = Contribution.objects.get()
    assert contribution.consent(wording.PARENT_REUSE_STORY).wording_version == "2026-12"
    assert reusable("histoire") == [contribution] and reusable("photo") == [contribution]


def test_a_parent_cannot_allow_reusing_a_photo_they_refuse(submit, client, confirm_parent):
    submit(
        age="16",
        photo=photo_upload(),
        consent_image="on",
        reuse_photo="on",
        parent_name="Karima B.",
        parent_email=PARENT,
    )

    response = confirm_parent(parent_link(), reuse_photo="on")

    assert response.status_code == 400
    assert not Contribution.objects.get().consent(wording.PARENT_REUSE_PHOTO)


def test_withdrawing_consent_takes_it_off_the_list(submit, moderator, act):
    submit(reuse_story="on")
    publish(latest_story(), moderator, act)
    assert reusable("histoire")

    withdraw(Contribution.objects.get())

    assert reusable("histoire") == []


@pytest.mark.usefixtures("admin_templates")
def test_admin_filters_contributions_and_images_that_may_be_reused(client, submit, moderator, act):
    submit(first_name="Amina", photo=photo_upload(), consent_image="on", reuse_story="on", reuse_photo="on")
    publish(latest_story(), moderator, act)
    submit(first_name="Bilal", email="bilal@impact-jeunes.example", photo=photo_upload(), consent_image="on")
    publish(latest_story(), moderator, act)
    amina, bilal = Contribution.objects.order_by("created_at")
    admin = type(moderator).objects.create_superuser("admin", "admin@impact-jeunes.example", "un-mot-de-passe-long")
    client.force_login(admin)

    listing = client.get("/admin/histoires/contributions/", {"reuse": "histoire"}).content.decode()
    assert "Amina" in listing and "Bilal" not in listing
    assert "Oui : l&#x27;histoire et la photo" in listing

    images = client.get("/admin/images/", {"reuse": "oui"}).content.decode()
    assert f"/admin/images/{amina.photo_id}/" in images and f"/admin/images/{bilal.photo_id}/" not in images
    edit = client.get(f"/admin/images/{amina.photo_id}/").content.decode()
    assert "Photo envoyée par un jeune" in edit and "Oui : l&#x27;histoire et la photo" in edit

    story_editor = client.get(f"/admin/pages/{amina.story_id}/edit/").content.decode()
    assert "Reprise ailleurs que sur le site" in story_editor


def test_reusable_images_are_exactly_the_consented_photos(submit, moderator, act):
    submit(photo=photo_upload(), consent_image="on", reuse_photo="on")
    publish(latest_story(), moderator, act)

    images = reuse.reusable_images(get_image_model().objects.all())

    assert list(images) == [Contribution.objects.get().photo]


@pytest.fixture
def confirm_parent(client, django_capture_on_commit_callbacks):
    def post(url, **data):
        data = {key: value for key, value in data.items() if value}
        data.setdefault("consent_publication", "on")
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


def test_every_reuse_consent_kind_is_recorded_with_its_wording():
    for kind in (wording.REUSE_STORY, wording.REUSE_PHOTO, wording.PARENT_REUSE_STORY, wording.PARENT_REUSE_PHOTO):
        assert Consent(kind=kind, wording_version=wording.current_version(kind)).wording == wording.text(kind)
