"""May a contributed story or photo be reused beyond the site (social networks, printed materials)?

Only when the young person said yes, a parent said yes too for a minor, the consents are not
withdrawn, and the story is published. A photo also needs its image rights, which it has by
construction: a photo whose rights a parent refused is deleted. Written as SQL expressions so
that the admin lists and filters what may be reused without a query per row.
"""

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q

from stories.consent import wording
from stories.consent.models import Consent, Contribution

ADULT_AGE = 18


def _given(kind):
    return Exists(Consent.objects.filter(contribution=OuterRef("pk"), kind=kind, withdrawn_at=None))


def _agreed(own, parent):
    return _given(own) & (Q(age__gte=ADULT_AGE) | _given(parent)) & Q(status=Contribution.Status.PUBLISHED)


def story_reusable():
    return _agreed(wording.REUSE_STORY, wording.PARENT_REUSE_STORY)


def photo_reusable():
    return _agreed(wording.REUSE_PHOTO, wording.PARENT_REUSE_PHOTO) & Q(photo__isnull=False)


def with_reuse(contributions):
    """`contributions` annotated with `story_reusable` and `photo_reusable`."""
    return contributions.annotate(
        story_reusable=ExpressionWrapper(story_reusable(), output_field=BooleanField()),
        photo_reusable=ExpressionWrapper(photo_reusable(), output_field=BooleanField()),
    )


def reusable_images(images):
    """The images of `images` that are the photo of a contribution that may be reused."""
    return images.filter(pk__in=Contribution.objects.filter(photo_reusable()).values("photo_id"))


def status_of(contribution):
    """(story reusable, photo reusable) for one contribution, from the same rules."""
    row = with_reuse(Contribution.objects.filter(pk=contribution.pk)).values("story_reusable", "photo_reusable")
    row = row.first() or {"story_reusable": False, "photo_reusable": False}
    return row["story_reusable"], row["photo_reusable"]
