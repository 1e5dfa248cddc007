"""What other pages show of the agenda: the home page's next event dates, a partner's next dates.

Offer sessions are left out of both: the home page and the partner page list offers in their own sections.
"""

import datetime

from django.utils import timezone

from opportunities.agenda import entries
from opportunities.agenda.recurrence import Frequency

HOW_MANY = 3
PARTNER_HOW_MANY = 5


def next_events(home_page, how_many=HOW_MANY):
    found = []
    seen = set()
    now = timezone.now()
    # Offer sessions have their own slot on the home page.
    until = now + datetime.timedelta(days=92)
    candidates = entries.filtered_events(entries.AgendaFilters()).overlapping(now, until)
    # One-off events come soonest first from SQL (a few spare for cancelled ones); only the
    # repeating ones need expanding. Expanding every event of the quarter cost 1.4 s per view
    # at the benchmark's scale.
    one_off = list(candidates.filter(frequency=Frequency.ONCE).order_by("start")[: how_many * 4])
    repeating = list(candidates.exclude(frequency=Frequency.ONCE))
    upcoming = entries.entries_of_events(one_off + repeating, now, until)
    for entry in sorted(upcoming, key=lambda entry: (entry.start, entry.title)):
        # One card per event: a weekly permanence should not fill the whole slot.
        if entry.cancelled or entry.source.pk in seen:
            continue
        seen.add(entry.source.pk)
        found.append(entry)
        if len(found) == how_many:
            break
    return found


def for_partner(partner_page, limit=PARTNER_HOW_MANY):
    """The partner's next event dates: events it hosts or organises."""
    now = timezone.now()
    found = entries.event_entries(
        now, now + datetime.timedelta(days=183), entries.AgendaFilters(), partner=partner_page
    )
    return sorted(found, key=lambda entry: (entry.start, entry.title))[:limit]
