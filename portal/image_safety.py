"""Checks and cleans images sent by the public before anything is stored.

Only JPEG, PNG and WebP, at most 10 MB and 16 million pixels (a 12 or 16 Mpx phone photo passes).
The pixel count is read from the file's header and checked before any pixel is decoded: a small
file that would decode into a huge image (a 6300 × 6300 PNG of 150 KB is 160 MB of pixels) costs
nothing. Decompression bombs are refused the same way. The image is then
re-encoded from its pixels alone, so no metadata (EXIF with GPS, XMP, IPTC,
comments) survives in the stored original or in any rendition made from it.
"""

import io
import uuid
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 16_000_000

NOT_AN_IMAGE = "Ce fichier n'est pas une photo au format JPEG, PNG ou WebP."
TOO_HEAVY = "Ta photo est trop lourde : 10 Mo au maximum."
TOO_LARGE = "Ta photo est trop grande (plus de 16 millions de pixels). Envoie une version plus petite."


def clean_image(uploaded):
    """Return a metadata-free copy of `uploaded` as a ContentFile, or raise ValidationError in French."""
    if uploaded.size > MAX_BYTES:
        raise ValidationError(TOO_HEAVY, code="too_heavy")
    uploaded.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Opening reads the header only; the file is not held twice in memory.
            image = Image.open(uploaded)
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(NOT_AN_IMAGE, code="format")
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(TOO_LARGE, code="too_large")
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(TOO_LARGE, code="too_large") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(NOT_AN_IMAGE, code="format") from None

    image_format = image.format
    # Turn the photo the way the phone meant it before the orientation tag goes.
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    if image_format == "JPEG" and image.mode != "RGB":
        image = image.convert("RGB")
    # A new image holds the pixels and nothing else: no EXIF, XMP, ICC comments or text chunks.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)

    output = io.BytesIO()
    save_options = {"JPEG": {"quality": 90, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {"quality": 90}}
    clean.save(output, format=image_format, **save_options[image_format])
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.{ALLOWED_FORMATS[image_format]}")
