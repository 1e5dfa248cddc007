"""What the home page shows below its figures; each content app fills its own slot.

A slot is a dotted path to a function ``fn(home_page) -> list`` living in the app that
owns the content (e.g. ``stories/home.py``). Each item of the list has a
``card_template`` attribute naming the template that renders it as a card. A slot whose
app has not written its function yet is empty.
"""

from django.utils.module_loading import import_string

SLOTS = {
    "featured_stories": "stories.home.featured_stories",
    "next_offers": "opportunities.home_offers.next_offers",
    "next_events": "opportunities.home_agenda.next_events",
    "latest_news": "news.home.latest_news",
}


def _slot(path):
    try:
        return import_string(path)
    except ImportError:
        return None


def home_sections(home_page):
    sections = {}
    for name, path in SLOTS.items():
        fill = _slot(path)
        sections[name] = list(fill(home_page)) if fill else []
    return sections
