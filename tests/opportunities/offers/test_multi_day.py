"""A stage de 3e lasts a week: its session has a first and a last day, shown everywhere."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from icalendar import Calendar

from opportunities.agenda import entries
from opportunities.agenda.month_grid import MonthGrid
from opportunities.offers.factories import OfferSessionFactory
from opportunities.signups import booking
from tests.opportunities.conftest import signup_data
from tests.transactions import committed

pytestmark = pytest.mark.django_db


def next_monday():
    today = datetime.date.today()
    return today + datetime.timedelta(days=7 + (0 - today.weekday()) % 7)


@pytest.fixture
def stage(offer, agenda):
    monday = next_monday()
    return OfferSessionFactory(
        page=offer,
        date=monday,
        end_date=monday + datetime.timedelta(days=4),
        start_time=datetime.time(9),
        end_time=datetime.time(16, 30),
        seats=3,
    )


def test_the_span_is_in_the_listing_page_and_emails(client, offer, stage):
    assert "du lundi" in stage.when and "au vendredi" in stage.when and "chaque jour" in stage.when
    page = BeautifulSoup(client.get(offer.url).content, "html.parser")
    assert "au vendredi" in page.select_one(f"#session-{stage.pk} th").get_text()
    with committed():
        booking.book(stage, signup_data())
    assert "au vendredi" in mail.outbox[0].body


def test_the_ics_ends_on_the_last_day(client, stage):
    calendar = Calendar.from_ical(client.get("/agenda/agenda.ics").content)
    (vevent,) = [v for v in calendar.walk("VEVENT") if str(v["UID"]).startswith(f"seance-{stage.pk}")]
    assert vevent.decoded("DTSTART").date() == stage.date
    assert vevent.decoded("DTEND").date() == stage.end_date
    assert vevent.decoded("DTEND").time() == datetime.time(16, 30)


def test_the_json_ld_ends_on_the_last_day(client, offer, stage):
    page = BeautifulSoup(client.get(offer.url).content, "html.parser")
    graphs = [json.loads(tag.string) for tag in page.select('script[type="application/ld+json"]')]
    events = [item for data in graphs for item in data.get("@graph", []) if item.get("@type") == "Event"]
    assert events[0]["endDate"].startswith(stage.end_date.isoformat())


def test_two_offers_the_same_week_overlap_for_one_person(offer_index, company, offer, stage):
    from opportunities.offers.factories import OfferPageFactory

    other = OfferPageFactory(parent=offer_index, title="Visite", slug="visite", company=company)
    wednesday = OfferSessionFactory(page=other, date=stage.date + datetime.timedelta(days=2))
    booking.book(stage, signup_data())
    with pytest.raises(booking.SignUpRefused, match="deux endroits le même jour"):
        booking.book(wednesday, signup_data())


def test_the_last_day_cannot_come_before_the_first(offer):
    from django.core.exceptions import ValidationError

    session = OfferSessionFactory.build(
        page=offer, date=next_monday(), end_date=next_monday() - datetime.timedelta(days=1)
    )
    with pytest.raises(ValidationError, match="dernier jour"):
        session.clean()


def test_a_session_in_the_christmas_break_warns_the_company(offer):
    session = OfferSessionFactory(page=offer, date=datetime.date(2026, 12, 21), end_date=datetime.date(2026, 12, 25))
    warnings = session.calendar_warnings
    assert any("vacances de noël" in warning for warning in warnings)
    assert any("férié (Noël)" in warning for warning in warnings)


def test_the_month_grid_shows_a_week_long_stage_on_each_of_its_days(stage):
    grid = MonthGrid(stage.date, today=datetime.date.today())
    grid.place(entries.session_entries(grid.window_start, grid.window_end, entries.AgendaFilters()))
    shown = [
        day.date for week in grid.weeks for day in week if any(e.uid == f"seance-{stage.pk}" for e in day.entries)
    ]
    week = [stage.date + datetime.timedelta(days=n) for n in range(5)]
    assert shown == [day for day in week if day.month == stage.date.month]
