"""Stored event dates (opportunities/agenda/stored_dates.py): every change to an event shows at once."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from opportunities.agenda import stored_dates
from opportunities.agenda.recurrence import Frequency
from opportunities.models import EventDate, EventDateChange
from portal.dates import PARIS
from tests.opportunities.agenda.helpers import add_event, at, change_date, first_weekday_of_month, next_month_start

pytestmark = pytest.mark.django_db


def day_titles(client, day):
    """(title, time shown, cancelled?) of every date the day view lists."""
    response = client.get("/agenda/", {"jour": day.isoformat()})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [
        (
            entry.select_one(".agenda-entry__title a").get_text(strip=True),
            "agenda-entry--cancelled" in entry["class"],
        )
        for entry in page.select(".agenda-results .agenda-entry")
    ]


def month_text(client, month):
    response = client.get("/agenda/", {"vue": "mois", "mois": month.strftime("%Y-%m")})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def weekly(agenda, title="Permanence emploi", **fields):
    month = next_month_start()
    tuesday = first_weekday_of_month(month, 1)
    return add_event(
        agenda, title=title, start=at(tuesday, 14), end=at(tuesday, 17), frequency=Frequency.WEEKLY, **fields
    ), tuesday


def test_stored_dates_are_the_rule_expanded(agenda):
    event, tuesday = weekly(agenda, repeat_until=next_month_start() + datetime.timedelta(days=60))
    change_date(event, tuesday + datetime.timedelta(days=7), note="Fermé")
    stored = [(row.start, row.end, row.cancelled) for row in EventDate.objects.filter(event=event)]
    start = at(tuesday, 0)
    expanded = [(o.start, o.end, o.cancelled) for o in event.occurrences(start, start + datetime.timedelta(days=400))]
    assert stored == expanded
    assert 8 <= len(stored) <= 10


def test_a_cancelled_date_shows_at_once(client, agenda):
    event, tuesday = weekly(agenda)
    assert day_titles(client, tuesday) == [("Permanence emploi", False)]
    change_date(event, tuesday, note="La conseillère est en formation.")
    assert day_titles(client, tuesday) == [("Permanence emploi", True)]
    assert "La conseillère est en formation." in month_text(client, tuesday)


def test_a_moved_date_shows_at_once_on_its_new_day(client, agenda):
    event, tuesday = weekly(agenda)
    wednesday = tuesday + datetime.timedelta(days=8)
    change_date(
        event,
        tuesday + datetime.timedelta(days=7),
        status=EventDateChange.MOVED,
        new_start=at(wednesday, 10),
        new_end=at(wednesday, 12),
        note="Exceptionnellement le mercredi matin.",
    )
    assert day_titles(client, tuesday + datetime.timedelta(days=7)) == []
    assert day_titles(client, wednesday) == [("Permanence emploi", False)]
    # Moved back: the change removed, the Tuesday is there again.
    EventDateChange.objects.filter(page=event).delete()
    assert day_titles(client, wednesday) == []
    assert day_titles(client, tuesday + datetime.timedelta(days=7)) == [("Permanence emploi", False)]


def test_a_changed_rule_shows_at_once(client, agenda):
    event, tuesday = weekly(agenda)
    assert day_titles(client, tuesday + datetime.timedelta(days=14)) == [("Permanence emploi", False)]
    event.frequency = Frequency.MONTHLY_BY_WEEKDAY
    event.save_revision().publish()
    assert day_titles(client, tuesday) == [("Permanence emploi", False)]
    assert day_titles(client, tuesday + datetime.timedelta(days=14)) == []
    # Moved to another time: the old time is gone.
    event.start, event.end = at(tuesday, 9), at(tuesday, 10)
    event.save_revision().publish()
    assert EventDate.objects.filter(event=event, start=at(tuesday, 9)).exists()
    assert not EventDate.objects.filter(event=event, start=at(tuesday, 14)).exists()


def test_unpublished_events_leave_the_agenda_and_the_home_page_at_once(client, agenda):
    event, tuesday = weekly(agenda)
    add_event(agenda, title="Forum des métiers", start=at(tuesday, 9), end=at(tuesday, 12))
    assert "Permanence emploi" in client.get("/").content.decode()
    event.unpublish()
    assert day_titles(client, tuesday) == [("Forum des métiers", False)]
    assert "Permanence emploi" not in client.get("/").content.decode()


def test_home_slot_shows_different_events_even_behind_a_busy_weekly_series(client, agenda, home_page):
    now = timezone.now().astimezone(PARIS)
    for n in range(30):
        start = now + datetime.timedelta(hours=2 + n)
        add_event(agenda, title=f"Permanence {n}", start=start, end=start + datetime.timedelta(minutes=30))
    late = now + datetime.timedelta(days=20)
    add_event(agenda, title="Forum tardif", start=late, end=late + datetime.timedelta(hours=2))
    from opportunities.agenda.sections import next_events

    titles = [entry.title for entry in next_events(home_page)]
    assert titles == ["Permanence 0", "Permanence 1", "Permanence 2"]
    EventDate.objects.filter(event__title__startswith="Permanence").exclude(event__title="Permanence 29").update(
        cancelled=True
    )
    assert [entry.title for entry in next_events(home_page)] == ["Permanence 29", "Forum tardif"]


def test_a_month_beyond_the_stored_dates_is_expanded_on_the_fly(client, agenda):
    event, tuesday = weekly(agenda)
    far = (timezone.localdate() + stored_dates.SERVED_AHEAD + datetime.timedelta(days=400)).replace(day=1)
    EventDate.objects.filter(event=event).delete()  # as if never refreshed
    assert "Permanence emploi" in month_text(client, far)


def test_deleting_an_event_deletes_its_dates(agenda):
    event, tuesday = weekly(agenda)
    change_date(event, tuesday)
    assert EventDate.objects.filter(event=event).exists()
    event.delete()
    assert not EventDate.objects.exists()


def test_refresh_command_rebuilds_every_event(agenda):
    from django.core.management import call_command

    event, tuesday = weekly(agenda)
    EventDate.objects.all().delete()
    call_command("refresh_agenda_dates", verbosity=0)
    assert EventDate.objects.filter(event=event, start=at(tuesday, 14)).exists()
