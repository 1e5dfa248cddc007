"""A partner's next event dates (events it hosts or organises), for its page.

Offer sessions are left out: the partner page lists the company's offers in their own slot.
"""

import datetime

from django.utils import timezone

from opportunities import calendar_entries

HOW_MANY = 5


def for_partner(partner_page, limit=HOW_MANY):
    now = timezone.now()
    found = calendar_entries.event_entries(
        now, now + datetime.timedelta(days=183), calendar_entries.AgendaFilters(), partner=partner_page
    )
    return sorted(found, key=lambda entry: (entry.start, entry.title))[:limit]
