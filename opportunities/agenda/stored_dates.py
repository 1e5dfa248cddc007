"""Every date of every event, stored: the agenda reads them with indexed range queries.

A repeating event ("le premier jeudi du mois") is expanded once, when it is saved, into one
`EventDate` row per date, cancelled and moved dates applied (`recurrence.expand`, the rule the
event page and the iCalendar file use too). The home page slot, the month, day and list views,
the partner pages and the feed then ask the database "which dates fall in this window?" instead
of expanding every repeating event on every request (1.2 s per month view at bench scale). The
iCalendar files read their cancelled and moved dates here too (EXDATE, RECURRENCE-ID): no rule to
parse per changed date.

Kept up to date by construction: any save of an event (publish, a changed rule or time) and any
save or deletion of one of its changed dates rebuilds its rows, in the same transaction.
Whether an event is shown (published, public) is not stored: queries join the live events, so an
unpublished event disappears at once. Rows reach `STORED_AHEAD` past the last save; a series
without an end is extended by `python manage.py refresh_agenda_dates` (daily, with the other
scheduled commands), and a window beyond `SERVED_AHEAD` is expanded on the fly (`covers`).
"""

import datetime

from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from opportunities.agenda import recurrence

# Rows are written up to this far ahead of the last save (or refresh)…
STORED_AHEAD = datetime.timedelta(days=3 * 366)
# …and read for windows ending up to this far ahead: a year of slack for the daily refresh.
SERVED_AHEAD = datetime.timedelta(days=2 * 366)
# A date is found by an index on its start: one that began up to this long before the window
# and still runs is found by the same range; longer ones are flagged `long` and found by flag.
LOOKBACK = datetime.timedelta(days=31)
# The fields of an event its dates are computed from: a save touching none of them keeps the rows.
RULE_FIELDS = frozenset({"start", "end", "frequency", "interval", "week_of_month", "repeat_until"})


class EventDate(models.Model):
    """One date of an event (after its cancelled and moved dates), as visitors see it."""

    event = models.ForeignKey("opportunities.EventPage", on_delete=models.CASCADE, related_name="stored_dates")
    start = models.DateTimeField("début")
    end = models.DateTimeField("fin")
    original_start = models.DateTimeField("début prévu")
    cancelled = models.BooleanField("annulée", default=False)
    moved = models.BooleanField("déplacée", default=False)
    note = models.CharField("message affiché ce jour-là", max_length=200, blank=True)
    long = models.BooleanField("dure plus d'un mois", default=False)

    class Meta:
        verbose_name = "date d'événement (calculée)"
        verbose_name_plural = "dates d'événements (calculées)"
        ordering = ["start"]
        indexes = [
            models.Index(fields=["start", "end"], name="event_date_range"),
            models.Index(fields=["long"], name="event_date_long", condition=Q(long=True)),
        ]

    def __str__(self):
        return f"{self.event_id} – {self.start:%d/%m/%Y %H:%M}"

    @property
    def day(self):
        return self.start.astimezone(recurrence.PARIS).date()


def in_window(window_start, window_end):
    """The rows overlapping [window_start, window_end), in terms the (start, end) index serves."""
    recent = Q(start__gte=window_start - LOOKBACK) | Q(long=True)
    return EventDate.objects.filter(recent, start__lt=window_end, end__gt=window_start)


def covers(window_end, now=None):
    """True when the stored rows hold every date up to `window_end`."""
    return window_end <= (now or timezone.now()) + SERVED_AHEAD


# What the iCalendar files say of a changed date: a cancelled one is an EXDATE, a moved one an override.
CHANGED_VALUES = ("event_id", "original_start", "start", "end", "cancelled", "moved", "note")


def changed_dates(event_pks, now=None):
    """The cancelled and moved dates of these events, `{event pk: [date values (CHANGED_VALUES)]}` by original start.

    Read from the stored rows as far as they are served (`covers`); a change further ahead is placed
    on its event's rule now, by the same expansion as the rows.
    """
    reach = (now or timezone.now()) + SERVED_AHEAD
    rows = EventDate.objects.filter(Q(cancelled=True) | Q(moved=True), event_id__in=event_pks)
    found = {}
    for row in rows.filter(original_start__lt=reach).order_by("original_start").values(*CHANGED_VALUES):
        found.setdefault(row["event_id"], []).append(row)
    for event_pk, dates in _changed_beyond(event_pks, reach).items():
        found.setdefault(event_pk, []).extend(dates)
    return found


def _changed_beyond(event_pks, reach):
    """`changed_dates` of the changes from `reach` on, from the events' rules (in one query when there are none)."""
    from opportunities.agenda.event_page import EventPage
    from opportunities.agenda.models import EventDateChange

    changes = {}
    for change in EventDateChange.objects.filter(page_id__in=event_pks, date__gte=reach.date()):
        changes.setdefault(change.page_id, {})[change.date] = _Change(change)
    found = {}
    for event in EventPage.objects.filter(pk__in=changes).only(*RULE_FIELDS) if changes else ():
        last_day = max(changes[event.pk]) + datetime.timedelta(days=2)
        until = datetime.datetime.combine(last_day, datetime.time.min, tzinfo=recurrence.PARIS)
        occurrences = recurrence.expand(event.start, event.end, event.rrule, changes[event.pk], reach, until)
        changed = [o for o in occurrences if (o.cancelled or o.moved) and o.original_start >= reach]
        found[event.pk] = [
            {"event_id": event.pk, **{name: getattr(o, name) for name in CHANGED_VALUES[1:]}}
            for o in sorted(changed, key=lambda o: o.original_start)
        ]
    return found


def expected_rows(event, changes, now=None, model=EventDate):
    """The rows of one event, from its fields and its changed dates (works on historical models too)."""
    horizon = max(event.start, now or timezone.now()) + STORED_AHEAD
    rule = recurrence.build_rrule(
        event.frequency, event.start, event.interval, event.repeat_until, event.week_of_month or None
    )
    by_date = {change.date: _Change(change) for change in changes}
    occurrences = recurrence.expand(event.start, event.end, rule, by_date, event.start, horizon)
    return [
        model(
            event_id=event.pk,
            start=occurrence.start,
            end=occurrence.end,
            original_start=occurrence.original_start,
            cancelled=occurrence.cancelled,
            moved=occurrence.moved,
            note=occurrence.note,
            long=occurrence.end - occurrence.start > LOOKBACK,
        )
        for occurrence in occurrences
    ]


class _Change:
    """A changed date as `recurrence.expand` reads it (plain attributes, so historical models fit)."""

    def __init__(self, change):
        self.is_cancelled = change.status == "cancelled"
        self.new_start = change.new_start
        self.new_end = change.new_end
        self.note = change.note


def rebuild(event, changes=None):
    """Replace the stored dates of one event with what its rule and changed dates give now."""
    if changes is None:
        changes = list(event.date_changes.all())
    rows = expected_rows(event, changes)
    with transaction.atomic():
        EventDate.objects.filter(event_id=event.pk).delete()
        EventDate.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def rebuild_all(event_model=None, change_model=None, date_model=EventDate):
    """Rebuild the dates of every event at once (the refresh command, the data migration, the bench)."""
    if event_model is None:
        from opportunities.agenda.event_page import EventPage
        from opportunities.agenda.models import EventDateChange

        event_model, change_model = EventPage, EventDateChange
    changes = {}
    for change in change_model.objects.all():
        changes.setdefault(change.page_id, []).append(change)
    now = timezone.now()
    rows = []
    for event in event_model.objects.all().iterator(chunk_size=500):
        rows += expected_rows(event, changes.get(event.pk, []), now, model=date_model)
    with transaction.atomic():
        date_model.objects.all().delete()
        date_model.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def rebuild_by_pk(event_pk):
    from opportunities.agenda.event_page import EventPage

    event = EventPage.objects.filter(pk=event_pk).first()
    if event is None:
        EventDate.objects.filter(event_id=event_pk).delete()
        return 0
    return rebuild(event)


@receiver(post_save, sender="opportunities.EventPage")
def event_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and not RULE_FIELDS.intersection(update_fields)):
        return
    rebuild(instance)


@receiver(post_save, sender="opportunities.EventDateChange")
def date_change_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        rebuild_by_pk(instance.page_id)


@receiver(post_delete, sender="opportunities.EventDateChange")
def date_change_deleted(sender, instance, origin=None, **kwargs):
    # Deleting the event itself deletes its rows too (cascade): nothing to rebuild then.
    origin_model = getattr(origin, "model", None) or type(origin)
    if origin is not None and origin_model is not sender:
        return
    rebuild_by_pk(instance.page_id)
