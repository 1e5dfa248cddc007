"""The month table on a busy month: each day shows its first dates in the agenda's order and counts the rest.

Only the dates shown are built (`month_entries`): these tests check that what the visitor sees is what
the whole list of the month's dates (`entries.between`) gives, with events and offer sessions mixed,
a stage lasting a week across the end of the month, and filters.
"""

import datetime

import pytest
from bs4 import BeautifulSoup

from opportunities.agenda import entries, month_entries
from opportunities.agenda.month_grid import Day, MonthGrid
from opportunities.models import EventCategory
from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory
from opportunities.offers.models import OfferType
from tests.opportunities.agenda.helpers import add_event, at, next_month_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy_month(agenda, offer_index, offer):
    """A month whose 10th has nine dates (three at 10 h), and a week-long stage from the 28th into next month."""
    month = next_month_start()
    tenth = month + datetime.timedelta(days=9)
    for title, hour in [("Forum B", 10), ("Atelier CV", 8), ("Forum A", 10), ("Permanence", 14), ("Soirée", 19)]:
        add_event(agenda, title=title, start=at(tenth, hour), end=at(tenth, hour, 45), category=EventCategory.JOB_FAIR)
    add_event(agenda, title="Le 11", start=at(tenth + datetime.timedelta(days=1), 9))
    for hour in (9, 10, 16):
        OfferSessionFactory(page=offer, date=tenth, start_time=datetime.time(hour), end_time=datetime.time(hour, 30))
    OfferSessionFactory(
        page=offer, date=tenth, start_time=datetime.time(11), end_time=datetime.time(12), cancelled=True
    )
    stage_offer = OfferPageFactory(
        parent=offer_index, title="Stage au port", offer_type=OfferType.INTERNSHIP_3E, company=offer.company
    )
    last_days = month.replace(day=28)
    OfferSessionFactory(
        page=stage_offer,
        date=last_days,
        end_date=last_days + datetime.timedelta(days=6),
        start_time=datetime.time(9),
        end_time=datetime.time(16),
    )
    return month


def month_page(client, month, **filters):
    response = client.get("/agenda/", {"vue": "mois", "mois": month.strftime("%Y-%m"), **filters})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def cell(page, day):
    """The table cell of the `day`-th of the month (the table shows the month's days in order)."""
    return page.select("td.month-grid__day:not(.month-grid__day--outside)")[day - 1]


def texts(nodes):
    return [node.get_text(" ", strip=True) for node in nodes]


def test_a_busy_day_shows_its_first_dates_by_time_then_title_and_counts_the_others(client, busy_month, offer):
    page = month_page(client, busy_month)
    tenth = cell(page, 10)
    assert texts(tenth.select(".month-grid__entries a")) == [
        "8 h Atelier CV",
        f"9 h {offer.title}",
        "10 h Forum A",
    ]
    more = tenth.select_one(".month-grid__more")
    assert more.get_text(" ", strip=True).startswith("+ 6 autres")
    assert f"jour={busy_month + datetime.timedelta(days=9):%Y-%m-%d}" in more["href"]

    # The list (small screens) shows six of them, ties at 10 h by title, events first, and links to the day.
    section = page.select(".month-list .agenda-day")[0]
    titles = texts(section.select(".agenda-entry__title a"))
    assert titles == ["Atelier CV", offer.title, "Forum A", "Forum B", offer.title, offer.title]
    assert "Voir les 9 dates du" in section.get_text()
    assert "Annulé" in section.select(".agenda-entry")[-1].get_text()


def test_the_month_counts_every_date_a_week_long_stage_on_each_of_its_days(client, busy_month):
    page = month_page(client, busy_month)
    last_day = (busy_month + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    stage_days = last_day.day - 28 + 1
    assert f"{9 + 1 + stage_days} dates en" in page.select_one(".result-count").get_text()
    for day in range(28, last_day.day + 1):
        assert "Stage au port" in cell(page, day).get_text()
    following = month_page(client, (last_day + datetime.timedelta(days=1)))
    assert [day for day in range(1, 8) if "Stage au port" in cell(following, day).get_text()] == list(
        range(1, 7 - stage_days + 1)
    )


def test_filters_change_what_each_day_shows_and_counts(client, busy_month, offer):
    page = month_page(client, busy_month, type=EventCategory.JOB_FAIR)
    tenth = cell(page, 10)
    assert texts(tenth.select(".month-grid__entries a")) == ["8 h Atelier CV", "10 h Forum A", "10 h Forum B"]
    assert tenth.select_one(".month-grid__more").get_text(" ", strip=True).startswith("+ 2 autres")
    assert "5 dates en" in page.select_one(".result-count").get_text()

    stages = month_page(client, busy_month, type=OfferType.INTERNSHIP_3E)
    assert not cell(stages, 10).select(".month-grid__entries a")
    assert "Stage au port" in cell(stages, 28).get_text()


@pytest.mark.parametrize("type_", ["", EventCategory.JOB_FAIR, OfferType.COMPANY_VISIT])
def test_the_shown_dates_are_the_first_of_the_whole_month(busy_month, type_):
    filters = entries.AgendaFilters(type=type_)
    shown = MonthGrid(busy_month, today=busy_month)
    month_entries.fill(shown, filters)
    everything = MonthGrid(busy_month, today=busy_month)
    everything.place(entries.between(everything.window_start, everything.window_end, filters))
    for week_shown, week_all in zip(shown.weeks, everything.weeks, strict=True):
        for day_shown, day_all in zip(week_shown, week_all, strict=True):
            assert day_shown.count == day_all.count
            assert [(e.title, e.start) for e in day_shown.entries] == [
                (e.title, e.start) for e in day_all.entries[: Day.SHOWN]
            ]
    assert shown.entry_count == everything.entry_count > 0


def test_a_month_beyond_the_stored_dates_is_still_filled(client, agenda):
    far = next_month_start().replace(year=next_month_start().year + 4)
    add_event(agenda, title="Forum lointain", start=at(far + datetime.timedelta(days=2), 10))
    page = month_page(client, far)
    assert "Forum lointain" in cell(page, 3).get_text()
    assert "1 date en" in page.select_one(".result-count").get_text()
