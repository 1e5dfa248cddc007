"""Illustrations drawn for the demo content: abstract shapes, never a photo of anyone."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTES = [
    ("#2b2f8f", "#ffc940", "#f4f3fb"),
    ("#b3261e", "#ffd7a8", "#fff4e8"),
    ("#0f6e5c", "#9be3c9", "#eefaf5"),
    ("#5a2a82", "#f2a7d8", "#fbf0f8"),
    ("#1d4e89", "#7fc8f8", "#eef7fd"),
    ("#7a4b00", "#ffcf70", "#fff8e6"),
]


def draw_illustration(seed, size=(1200, 800)):
    """Return PNG bytes of a deterministic abstract illustration for `seed`."""
    rng = random.Random(seed)
    dark, light, background = PALETTES[rng.randrange(len(PALETTES))]
    image = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    width, height = size
    for _ in range(7):
        radius = rng.randint(height // 8, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice([dark, light]))
    for _ in range(4):
        x = rng.randint(0, width)
        draw.rectangle((x, 0, x + rng.randint(20, 90), height), fill=light)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(title, seed, collection=None):
    """Get or create the Wagtail image called `title`, drawn from `seed`."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    content = ImageFile(io.BytesIO(draw_illustration(seed)), name=f"demo-{seed}.png")
    image = Image(title=title, file=content)
    if collection is not None:
        image.collection = collection
    image.save()
    return image
