"""The public images API, minus the photos of contributed stories that are not online."""

from wagtail.images.api.v2.views import ImagesAPIViewSet

from stories.consent.models import Contribution


def hide_private_photos(images):
    # A list of ids rather than a subquery: the search backends (?search=) only filter on plain lookups.
    private = Contribution.objects.exclude(photo=None).exclude(story__live=True).values_list("photo_id", flat=True)
    return images.exclude(pk__in=list(private))


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        return hide_private_photos(super().get_queryset())
