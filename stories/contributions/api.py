"""The public images API, minus the photos of contributed stories that are not online."""

from django.db.models import Exists, OuterRef
from wagtail.images.api.v2.views import ImagesAPIViewSet

from stories.contributions.models import Contribution


def hide_private_photos(images):
    private = Contribution.objects.filter(photo=OuterRef("pk")).exclude(story__live=True)
    return images.exclude(Exists(private))


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        return hide_private_photos(super().get_queryset())
