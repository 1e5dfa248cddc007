"""What other pages show of the agenda: the home page's next event dates, a partner's next dates.

Offer sessions are left out of both: the home page and the partner page list offers in their own sections.
"""

import datetime

from django.utils import timezone

from opportunities.agenda import entries, stored_dates

HOW_MANY = 3
PARTNER_HOW_MANY = 5


def next_events(home_page, how_many=HOW_MANY):
    """The next dates of `how_many` different events, soonest first (cancelled dates left out).

    Read from the stored dates with one range query on their index: the first rows usually hold
    enough different events; when a weekly series fills them, the next rows are read.
    """
    now = timezone.now()
    until = now + datetime.timedelta(days=92)
    events = entries.filtered_events(entries.AgendaFilters()).values("pk")
    rows = stored_dates.in_window(now, until).filter(cancelled=False, event__in=events)
    rows = entries.with_events(rows).order_by("start", "event__title", "pk")
    batch = how_many * 8
    found, seen = [], set()
    offset = 0
    while len(found) < how_many:
        chunk = entries.entries_of_rows(rows[offset : offset + batch])
        for entry in chunk:
            # One card per event: a weekly permanence should not fill the whole slot.
            if entry.page_id not in seen:
                seen.add(entry.page_id)
                found.append(entry)
        if len(chunk) < batch:
            break
        offset += batch
    return found[:how_many]


def for_partner(partner_page, limit=PARTNER_HOW_MANY):
    """The partner's next event dates: events it hosts or organises."""
    now = timezone.now()
    found = entries.event_entries(
        now, now + datetime.timedelta(days=183), entries.AgendaFilters(), partner=partner_page
    )
    return sorted(found, key=lambda entry: (entry.start, entry.title))[:limit]
