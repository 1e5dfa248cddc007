"""Taking a contributor's photo away for good: files, renditions, and every revision that named it."""

from django.utils import timezone

from stories.contributions.models import Consent


def delete_image_files(image):
    """Delete the image and, right away rather than after commit, its original and rendition files."""
    storage = image.file.storage
    names = [image.file.name, *image.renditions.values_list("file", flat=True)]
    image.delete()
    for name in filter(None, names):
        storage.delete(name)


def scrub_revisions(page, image_id):
    """Old revisions keep the content of every save: drop the photo from them too."""
    for revision in page.revisions.all():
        content = revision.content
        if content.get("main_image") == image_id:
            content["main_image"] = None
            content["main_image_alt"] = ""
            revision.content = content
            revision.save(update_fields=["content"])


def remove_photo(contribution):
    image = contribution.photo
    if image is None:
        return
    story = contribution.story
    if story is not None:
        story.main_image = None
        story.main_image_alt = ""
        story.save(clean=False, update_fields=["main_image", "main_image_alt"])
        scrub_revisions(story, image.pk)
    contribution.photo = None
    contribution.save(update_fields=["photo"])
    contribution.consents.filter(
        kind__in=[
            Consent.Kind.IMAGE_RIGHTS,
            Consent.Kind.PARENT_IMAGE_RIGHTS,
            Consent.Kind.REUSE_PHOTO,
            Consent.Kind.PARENT_REUSE_PHOTO,
        ],
        withdrawn_at=None,
    ).update(withdrawn_at=timezone.now())
    delete_image_files(image)
