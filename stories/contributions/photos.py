"""Contributors' photos: kept from the image library until their consents are in, and taken away for good
(files, renditions, every revision that named it) when a consent is refused or withdrawn."""

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from stories.consent import wording
from stories.consent.models import MODERATE_PERMISSION, Consent, Contribution


def photos_awaiting_consent():
    """Ids of contributed photos that lack a consent: the young person's, and a parent's for a minor."""
    given = Consent.objects.filter(contribution=OuterRef("pk"), withdrawn_at=None)
    complete = (
        Contribution.objects.filter(
            status__in=[
                Contribution.Status.IN_MODERATION,
                Contribution.Status.CHANGES_REQUESTED,
                Contribution.Status.PUBLISHED,
            ]
        )
        .filter(Exists(given.filter(kind=wording.IMAGE_RIGHTS)))
        .filter(Q(age__gte=18) | Exists(given.filter(kind=wording.PARENT_IMAGE_RIGHTS)))
    )
    return Contribution.objects.exclude(photo=None).exclude(pk__in=complete.values("pk")).values("photo_id")


class ContributedPhotoPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's image permissions, minus the photos awaiting consent for anyone but the moderators:
    they are neither listed, nor opened, nor offered by the image chooser."""

    @classmethod
    def create(cls):
        return cls(get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user")

    @staticmethod
    def sees_private_photos(user):
        return user.is_active and user.has_perm(MODERATE_PERMISSION)

    def _narrow(self, user, images):
        return images if self.sees_private_photos(user) else images.exclude(pk__in=photos_awaiting_consent())

    def instances_user_has_permission_for(self, user, action):
        return self._narrow(user, super().instances_user_has_permission_for(user, action))

    def instances_user_has_any_permission_for(self, user, actions):
        return self._narrow(user, super().instances_user_has_any_permission_for(user, actions))

    def _hidden(self, user, instance):
        return not self.sees_private_photos(user) and photos_awaiting_consent().filter(photo_id=instance.pk).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return not self._hidden(user, instance) and super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return not self._hidden(user, instance) and super().user_has_any_permission_for_instance(
            user, actions, instance
        )


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
