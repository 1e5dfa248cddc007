"""A newsletter's content as plain items, the same for its web page, its preview and every e-mail.

Each section is read once (a query or two) and turned into `LetterItem`s with absolute links
and image addresses, so that rendering one e-mail per subscriber never touches the database.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format

from news.models import NewsPage
from news.sections import latest_news
from opportunities.agenda import entries as agenda_entries
from opportunities.agenda.sections import next_events
from opportunities.models import EventPage, OfferPage
from opportunities.offers.listing import listed_offers
from portal.dates import time_label
from portal.links import absolute_url
from portal.visibility import visible
from stories.models import StoryPage

IMAGE_SPEC = "fill-560x315|format-jpeg"


@dataclass(frozen=True)
class LetterItem:
    title: str
    url: str
    kicker: str = ""
    text: str = ""
    image_url: str = ""
    image_alt: str = ""


@dataclass(frozen=True)
class Section:
    kind: str
    heading: str = ""
    items: tuple = ()
    html: str = ""
    link: object = None


def _image(image, alt):
    if image is None:
        return "", ""
    return absolute_url(image.get_rendition(IMAGE_SPEC).url), alt


def story_item(story):
    image_url, image_alt = _image(story.main_image, story.main_image_alt)
    kicker = f"{story.who} · {story.territory.name}"
    return LetterItem(story.title, story.full_url, kicker, story.summary, image_url, image_alt)


def offer_item(offer):
    session = offer.next_session
    when = f"{date_format(session.date, 'l j F')}, {session.start_label}" if session else "Pas de date à venir"
    where = f" · {offer.place_commune}" if offer.place_commune else ""
    return LetterItem(offer.title, offer.full_url, offer.get_offer_type_display(), f"{when}{where}. {offer.summary}")


def event_item(entry):
    start = timezone.localtime(entry.start)
    where = f" · {entry.place}" if entry.place else ""
    text = f"{date_format(start.date(), 'l j F')}, {time_label(start.time())}{where}"
    return LetterItem(entry.title, absolute_url(entry.url), entry.type_label, text)


def news_item(news):
    image_url, image_alt = _image(news.main_image, news.main_image_alt)
    kicker = f"{news.get_category_display()} · {date_format(news.date_published, 'j F Y')}"
    return LetterItem(news.title, news.full_url, kicker, news.summary, image_url, image_alt)


def _chosen(value, model):
    ids = [page.pk for page in value["pages"] if page]
    pages = visible(model.objects.filter(pk__in=ids)).in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


def _stories(value):
    if value["mode"] == "chosen":
        stories = _chosen(value, StoryPage)
    else:
        stories = visible(StoryPage.objects.all()).select_related("territory", "main_image")
        stories = list(stories.order_by("-date_published", "-pk")[: value["count"]])
    return [story_item(story) for story in stories]


def _offers(value):
    offers = _chosen(value, OfferPage) if value["mode"] == "chosen" else list(listed_offers()[: value["count"]])
    return [offer_item(offer) for offer in offers]


def _events(value):
    if value["mode"] != "chosen":
        return [event_item(entry) for entry in next_events(None, how_many=value["count"])]
    now = timezone.now()
    entries = agenda_entries.entries_of_events(_chosen(value, EventPage), now, now + datetime.timedelta(days=365))
    first = {}
    for entry in sorted(entries, key=lambda entry: entry.start):
        if not entry.cancelled:
            first.setdefault(entry.page_id, entry)
    return [event_item(entry) for entry in first.values()]


def _news(value):
    news = _chosen(value, NewsPage) if value["mode"] == "chosen" else latest_news(None, how_many=value["count"])
    return [news_item(item) for item in news]


READERS = {"stories": _stories, "offers": _offers, "events": _events, "news": _news}


def section_items(kind, value):
    return READERS[kind](value)


def sections(newsletter):
    """The newsletter's blocks as `Section`s, each section's items read once."""
    result = []
    for block in newsletter.body:
        if block.block_type == "paragraph":
            result.append(Section("paragraph", html=_absolute_links(str(block.value))))
        elif block.block_type == "call_to_action":
            link = block.value["link"]
            result.append(
                Section(
                    "call_to_action",
                    heading=block.value["title"],
                    html=block.value["text"],
                    link=(absolute_url(link.href), link.text),
                )
            )
        else:
            items = tuple(block.value.letter_items())
            if items:
                result.append(Section(block.block_type, heading=block.value["heading"], items=items))
    return result


def _absolute_links(html):
    """Links of the site's rich text are relative; in an e-mail they must name the site."""
    return re.sub(r'href="/', lambda match: f'href="{absolute_url("/")}', html)
