"""From a valid form to a private record and a draft story waiting for a parent or the moderators."""

import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from portal import text as text_rules
from stories.consent import wording
from stories.consent.models import Consent, Contribution, new_token
from stories.contributions import emails, photos, workflow
from stories.story_page import StoryPage

PHOTO_COLLECTION = "Photos des contributions"


def paragraphs(text):
    """Plain text to escaped paragraphs: a blank line starts a new one, a line break stays one."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [escape(block).replace("\n", "<br/>") for block in blocks if block]


def summary_of(text):
    return text_rules.cut(" ".join(text.split()), StoryPage._meta.get_field("summary").max_length)


def add_draft(parent, page):
    """Add an incomplete draft: moderators choose the profile and write the photo's alt text before
    approving (the admin form requires them), so model validation is skipped for this first save."""
    page.full_clean = lambda *args, **kwargs: None
    parent.add_child(instance=page)
    del page.full_clean
    page.save_revision(clean=False)
    return page


def photo_collection():
    collection = Collection.objects.filter(name=PHOTO_COLLECTION).first()
    return collection or Collection.get_first_root_node().add_child(name=PHOTO_COLLECTION)


def record_consent(contribution, kind, at):
    return Consent.objects.create(
        contribution=contribution, kind=kind, wording_version=wording.current_version(kind), given_at=at
    )


@transaction.atomic
def receive(cleaned, index_page, notify=True):
    now = timezone.now()
    first_name = cleaned["first_name"]
    photo = None
    if cleaned.get("photo"):
        photo = get_image_model()(
            title="Photo envoyée avec une histoire", file=cleaned["photo"], collection=photo_collection()
        )
        photo.save()
    story = StoryPage(
        title=f"L'histoire de {first_name}",
        slug=f"{slugify(first_name) or 'histoire'}-{secrets.token_hex(3)}",
        live=False,
        first_name=first_name,
        age=cleaned["age"],
        territory=cleaned["territory"],
        profile="",
        outcome=cleaned.get("outcome") or "",
        sector=cleaned.get("sector") or "",
        summary=summary_of(cleaned["story"]),
        body=[("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in paragraphs(cleaned["story"])],
        main_image=photo,
        main_image_alt="",
        date_published=timezone.localdate(),
    )
    add_draft(index_page, story)
    contribution = Contribution.objects.create(
        story=story,
        photo=photo,
        first_name=first_name,
        age=cleaned["age"],
        email=cleaned["email"],
        parent_name=cleaned.get("parent_name") or "",
        parent_email=cleaned.get("parent_email") or "",
        created_at=now,
    )
    record_consent(contribution, wording.PUBLICATION, now)
    if photo:
        record_consent(contribution, wording.IMAGE_RIGHTS, now)
    if cleaned.get("reuse_story"):
        record_consent(contribution, wording.REUSE_STORY, now)
    if photo and cleaned.get("reuse_photo"):
        record_consent(contribution, wording.REUSE_PHOTO, now)

    if contribution.needs_parent:
        contribution.parent_token = new_token()
        contribution.status = Contribution.Status.AWAITING_PARENT
        contribution.save(update_fields=["parent_token", "status"])
        if notify:
            emails.parent_confirmation_request(contribution)
    else:
        contribution.parent_name = contribution.parent_email = ""
        contribution.save(update_fields=["parent_name", "parent_email"])
        workflow.submit(contribution, notify=notify)
    if notify:
        emails.contribution_received(contribution)
    return contribution


@transaction.atomic
def parent_confirms(contribution, cleaned):
    """The parent's answer: consents recorded, a refused photo erased, and the story sent to moderation."""
    now = timezone.now()
    if "consent_publication" in cleaned:
        record_consent(contribution, wording.PARENT_PUBLICATION, now)
    if cleaned.get("reuse_story"):
        record_consent(contribution, wording.PARENT_REUSE_STORY, now)
    if contribution.photo_id:
        if cleaned.get("consent_image"):
            record_consent(contribution, wording.PARENT_IMAGE_RIGHTS, now)
            if cleaned.get("reuse_photo"):
                record_consent(contribution, wording.PARENT_REUSE_PHOTO, now)
        else:
            photos.remove_photo(contribution)
    contribution.parent_confirmed_at = now
    contribution.save(update_fields=["parent_confirmed_at"])
    workflow.submit(contribution)
