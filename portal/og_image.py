"""Open Graph images drawn for the pages people share: stories, offers, news.

A page says what its card shows through `og_card()` (title, format, place, colours). The card is
drawn with Pillow at 1200 × 630, the size messaging apps expect, and saved in the media storage
like a rendition, under a name that is a digest of what it shows: when the page changes, the name
changes, a new card is drawn and the page's previous card is deleted. Whether the file exists is
remembered in the cache, so showing a page costs no storage request once its card is drawn.
Unpublishing or deleting a page deletes its cards (a story's card shows a first name).
An image an editor chose as the page's sharing image always wins over the drawn card.
"""

import hashlib
import io
import logging
from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models.signals import post_delete
from django.dispatch import receiver
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Page
from wagtail.signals import page_unpublished

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
FOLDER = "og-cards"
# Part of every file name: changing the drawing and bumping this redraws every card.
DRAWING_VERSION = 2
CACHE_TIMEOUT = 24 * 3600
MARGIN = 80
LINE_HEIGHT = 1.15
FONT_BOLD = "vendor/atkinson-hyperlegible/atkinson-hyperlegible-latin-700-normal.woff"
FONT_REGULAR = "vendor/atkinson-hyperlegible/atkinson-hyperlegible-latin-400-normal.woff"

INK, WHITE = "#1a1d2e", "#ffffff"
# The programme's colours (static/css/site.css), one background and one highlight per kind of page.
THEMES = {
    "story": ("#2b2f8f", "#ffc940"),
    "offer": ("#b3261e", "#ffd7a8"),
    "event": ("#5a2a82", "#f2a7d8"),
    "news": ("#0f6e5c", "#9be3c9"),
}


@dataclass(frozen=True)
class OgCard:
    """What a drawn card shows."""

    title: str
    kicker: str
    place: str = ""
    theme: str = "story"


@dataclass(frozen=True)
class OgImage:
    url: str
    width: int
    height: int
    alt: str


def page_og_image(page, draw_card=True):
    """The `og:image` of `page`: the editor's sharing image, else a drawn card, else the page's own image."""
    chosen = getattr(page, "social_image", None)
    if chosen is None and hasattr(page, "og_card"):
        if not (draw_card and page.pk):
            return None
        card = page.og_card()
        return OgImage(card_url(page.pk, card), WIDTH, HEIGHT, alt=f"{card.kicker} : {card.title}")
    image = chosen or getattr(page, "sharing_image", None)
    if image is None:
        return None
    rendition = image.get_rendition("fill-1200x630")
    return OgImage(rendition.url, rendition.width, rendition.height, alt=page.title)


def file_name(page_id, card):
    digest = hashlib.sha256(repr((DRAWING_VERSION, card)).encode()).hexdigest()[:16]
    return f"{FOLDER}/{page_id}-{digest}.png"


def card_url(page_id, card):
    name = file_name(page_id, card)
    key = f"og-card:{name}"
    if not cache.get(key):
        if not default_storage.exists(name):
            delete_cards(page_id)
            default_storage.save(name, ContentFile(draw(card)))
        cache.set(key, True, CACHE_TIMEOUT)
    return default_storage.url(name)


def delete_cards(page_id):
    """Delete every card drawn for this page (a card shows its title: a young person's first name)."""
    try:
        _dirs, files = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return
    for old in files:
        if old.startswith(f"{page_id}-"):
            name = f"{FOLDER}/{old}"
            default_storage.delete(name)
            cache.delete(f"og-card:{name}")


@receiver(page_unpublished)
def delete_cards_of_unpublished_page(sender, instance, **kwargs):
    delete_cards(instance.pk)


@receiver(post_delete)
def delete_cards_of_deleted_page(sender, instance, **kwargs):
    # Sent once per table of a deleted page; the plain Page row is enough.
    if sender is Page:
        delete_cards(instance.pk)


def _font_path(name):
    # The font comes from npm (package.json) through the static files: the source folder while
    # it is there, else the copy `collectstatic` made.
    found = finders.find(name)
    if found:
        return found
    try:
        return staticfiles_storage.path(name)
    except NotImplementedError:
        return None


def _font(name, size):
    path = _font_path(name)
    try:
        return ImageFont.truetype(path, size)
    except (OSError, TypeError, ValueError):
        logger.error("Open Graph font %s not found: run `npm ci` (make install); using Pillow's font", name)
        return ImageFont.load_default(size)


def _wrap(draw, text, font, max_width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= max_width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _title_lines(draw, title, max_width, max_height, max_lines=4):
    """The largest size at which the title fits the box; cut with an ellipsis at the smallest."""
    for size in (76, 68, 60, 54, 48):
        font = _font(FONT_BOLD, size)
        lines = _wrap(draw, title, font, max_width)
        if len(lines) <= max_lines and len(lines) * int(size * LINE_HEIGHT) <= max_height:
            return font, lines
    fitting = max(1, min(max_lines, max_height // int(font.size * LINE_HEIGHT)))
    if len(lines) > fitting:
        lines = lines[:fitting]
        lines[-1] = _ellipsis(draw, lines[-1] + " …", font, max_width)
    return font, lines


def _ellipsis(draw, text, font, max_width):
    """`text` on one line of `max_width`, cut at a word with "…" when it is too long."""
    if draw.textlength(text, font=font) <= max_width:
        return text
    words = text.replace(" …", "").split()
    while words and draw.textlength(" ".join(words) + " …", font=font) > max_width:
        words.pop()
    return (" ".join(words) + " …") if words else "…"


def draw(card):
    """PNG bytes of the card."""
    background, highlight = THEMES.get(card.theme, THEMES["story"])
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    canvas = ImageDraw.Draw(image)
    # Two circles in the highlight colour, cut by the right edge: the programme's shapes.
    canvas.ellipse((WIDTH - 260, -140, WIDTH + 200, 320), fill=highlight)
    canvas.ellipse((WIDTH - 150, HEIGHT - 170, WIDTH + 30, HEIGHT + 10), outline=highlight, width=14)

    kicker_font = _font(FONT_BOLD, 30)
    kicker = card.kicker.upper()
    kicker_width = canvas.textlength(kicker, font=kicker_font)
    canvas.rounded_rectangle((MARGIN, MARGIN, MARGIN + kicker_width + 44, MARGIN + 56), radius=28, fill=highlight)
    canvas.text((MARGIN + 22, MARGIN + 28), kicker, font=kicker_font, fill=INK, anchor="lm")

    footer_y = HEIGHT - MARGIN
    title_top = MARGIN + 100
    title_font, lines = _title_lines(canvas, card.title, WIDTH - 2 * MARGIN - 220, footer_y - 60 - title_top)
    line_height = int(title_font.size * LINE_HEIGHT)
    y = title_top
    for line in lines:
        canvas.text((MARGIN, y), line, font=title_font, fill=WHITE)
        y += line_height

    if card.place:
        place_font = _font(FONT_REGULAR, 34)
        # A map pin: a disc and its point, drawn rather than taken from a font that may lack it.
        canvas.ellipse((MARGIN, footer_y - 44, MARGIN + 26, footer_y - 18), fill=highlight)
        canvas.polygon(
            [(MARGIN + 2, footer_y - 28), (MARGIN + 24, footer_y - 28), (MARGIN + 13, footer_y - 4)], fill=highlight
        )
        canvas.ellipse((MARGIN + 8, footer_y - 37, MARGIN + 18, footer_y - 27), fill=background)
        place = _ellipsis(canvas, card.place, place_font, WIDTH - 2 * MARGIN - 420)
        canvas.text((MARGIN + 42, footer_y - 24), place, font=place_font, fill=WHITE, anchor="lm")
    brand_font = _font(FONT_BOLD, 38)
    brand = "Impact Jeunes"
    brand_x = WIDTH - MARGIN - 170 - canvas.textlength(brand, font=brand_font)
    canvas.text((brand_x, footer_y - 24), brand, font=brand_font, fill=WHITE, anchor="lm")
    canvas.rectangle((brand_x, footer_y, brand_x + 80, footer_y + 8), fill=highlight)

    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
