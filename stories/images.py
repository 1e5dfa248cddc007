"""Rendition specs of story images, so templates and bulk prefetching ask for the same files."""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter

CARD_SPEC = "fill-{360x240,720x480}|format-{avif,webp,jpeg}"
HERO_SPEC = "fill-{480x320,960x640,1440x960}|format-{avif,webp,jpeg}"
SHARE_SPEC = "fill-1200x630"


def card_image_prefetch(lookup="main_image"):
    """Fetch the card images and all their renditions in two queries, whatever the number of cards."""
    specs = Filter.expand_spec(CARD_SPEC)
    return Prefetch(lookup, queryset=get_image_model().objects.prefetch_renditions(*specs))
