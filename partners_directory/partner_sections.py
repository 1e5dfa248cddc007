"""What a partner page shows from other apps: its next offers and dates, the stories that mention it.

Built like portal/home_sections.py: a slot is a dotted path to ``fn(partner_page) -> list``
living in the app that owns the content; each item has a ``card_template`` attribute.
A slot whose module does not exist yet is empty, and the page hides it.
"""

from django.utils.module_loading import import_string

SLOTS = {
    "next_offers": "opportunities.offers.sections.for_partner",
    "next_dates": "opportunities.agenda.sections.for_partner",
    "stories": "stories.partner_stories.for_partner",
}


def _slot(path):
    try:
        return import_string(path)
    except ImportError:
        return None


def partner_sections(partner_page):
    sections = {}
    for name, path in SLOTS.items():
        fill = _slot(path)
        sections[name] = list(fill(partner_page)) if fill else []
    return sections
