"""Rendition specs of story images, so templates and bulk prefetching ask for the same files."""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter

CARD_SPEC = "fill-{360x240,720x480}|format-{avif,webp,jpeg}"
HERO_SPEC = "fill-{480x320,960x640,1440x960}|format-{avif,webp,jpeg}"
SHARE_SPEC = "fill-1200x630"


def with_card_images(queryset, lookup="main_image"):
    """`queryset` with its cards' images (joined) and all their renditions (one query), whatever the number
    of cards: where Wagtail's `prefetch_renditions` looks for them (`prefetched_renditions`)."""
    specs = Filter.expand_spec(CARD_SPEC)
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return queryset.select_related(lookup).prefetch_related(
        Prefetch(f"{lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )
