"""The home page's "À l'agenda" slot: the next few event dates."""

import datetime

from django.utils import timezone

from opportunities import calendar_entries
from opportunities.recurrence import Frequency

HOW_MANY = 3


def next_events(home_page, how_many=HOW_MANY):
    found = []
    seen = set()
    now = timezone.now()
    # Offer sessions have their own slot on the home page.
    until = now + datetime.timedelta(days=92)
    candidates = calendar_entries.filtered_events(calendar_entries.AgendaFilters()).overlapping(now, until)
    # One-off events come soonest first from SQL (a few spare for cancelled ones); only the
    # repeating ones need expanding. Expanding every event of the quarter cost 1.4 s per view
    # at the benchmark's scale.
    one_off = list(candidates.filter(frequency=Frequency.ONCE).order_by("start")[: how_many * 4])
    repeating = list(candidates.exclude(frequency=Frequency.ONCE))
    upcoming = calendar_entries.entries_of_events(one_off + repeating, now, until)
    for entry in sorted(upcoming, key=lambda entry: (entry.start, entry.title)):
        # One card per event: a weekly permanence should not fill the whole slot.
        if entry.cancelled or entry.source.pk in seen:
            continue
        seen.add(entry.source.pk)
        found.append(entry)
        if len(found) == how_many:
            break
    return found
