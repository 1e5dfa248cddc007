import datetime

import pytest
import recurring_ical_events
from bs4 import BeautifulSoup
from icalendar import Calendar

from opportunities.agenda.recurrence import Frequency
from opportunities.models import EventCategory
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from portal.dates import PARIS
from portal.factories import TerritoryFactory
from tests.opportunities.agenda.helpers import (
    add_event,
    at,
    change_date,
    first_weekday_of_month,
    next_month_start,
    paris,
)

pytestmark = pytest.mark.django_db
HOUR = datetime.timedelta(hours=1)


def get_calendar(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def month_window(month_start):
    end = (month_start + datetime.timedelta(days=32)).replace(day=1)
    return at(month_start, 0), at(end, 0)


def feed_occurrences(calendar, month_start):
    """(title, start) of every date of the feed in the month, expanded like a calendar client does."""
    start, end = month_window(month_start)
    return sorted(
        (str(event["SUMMARY"]), event.decoded("DTSTART").astimezone(datetime.UTC))
        for event in recurring_ical_events.of(calendar).between(start, end)
        if str(event.get("STATUS", "CONFIRMED")) != "CANCELLED"
    )


def page_occurrences(client, month_start, **filters):
    """(title, start) of every date the month table shows, cancelled ones left out."""
    response = client.get("/agenda/", {"vue": "mois", "mois": month_start.strftime("%Y-%m"), **filters})
    page = BeautifulSoup(response.content, "html.parser")
    found = []
    for entry in page.select(".month-list .agenda-entry"):
        if "agenda-entry--cancelled" in entry["class"]:
            continue
        title = entry.select_one(".agenda-entry__title a").get_text(strip=True)
        start = datetime.datetime.fromisoformat(entry.time["datetime"]).astimezone(datetime.UTC)
        found.append((title, start))
    return sorted(found)


def list_occurrences(client, month_start, **filters):
    response = client.get("/agenda/", filters)
    page = BeautifulSoup(response.content, "html.parser")
    start, end = month_window(month_start)
    found = []
    for entry in page.select(".agenda-entry"):
        moment = datetime.datetime.fromisoformat(entry.time["datetime"])
        if start <= moment < end and "agenda-entry--cancelled" not in entry["class"]:
            found.append(
                (entry.select_one(".agenda-entry__title a").get_text(strip=True), moment.astimezone(datetime.UTC))
            )
    return sorted(found)


@pytest.fixture
def programme(agenda):
    """A monthly permanence with a cancelled and a moved date, a weekly workshop, a one-off forum."""
    tarascon = TerritoryFactory(slug="ferrages", name="Ferrages", commune="Tarascon", postcode="13150")
    TerritoryFactory(slug="malpasse", name="Malpassé", commune="Marseille")
    partners = PartnerIndexPageFactory(parent=agenda.get_parent())
    centre = PartnerPageFactory(
        parent=partners, title="Centre social des Ferrages", territory=tarascon, commune="Tarascon", postcode="13150"
    )
    month = next_month_start()
    first_thursday = first_weekday_of_month(month, 3)
    previous = first_weekday_of_month((month - datetime.timedelta(days=1)).replace(day=1), 3)
    permanence = add_event(
        agenda,
        title="Permanence emploi",
        category=EventCategory.JOB_DROP_IN,
        start=at(previous, 14),
        end=at(previous, 17),
        frequency=Frequency.MONTHLY_BY_WEEKDAY,
        week_of_month=1,
        address="",
        venue_name="",
        commune="",
        place_partner=centre,
    )
    change_date(permanence, first_thursday, note="Fermé pour inventaire.")
    following = first_weekday_of_month((month + datetime.timedelta(days=32)).replace(day=1), 3)
    change_date(permanence, following, status="moved", new_start=at(following, 9), new_end=at(following, 12))

    monday = first_weekday_of_month(month, 0)
    add_event(
        agenda,
        title="Atelier CV",
        start=at(monday, 10),
        end=at(monday, 12),
        frequency=Frequency.WEEKLY,
        repeat_until=monday + datetime.timedelta(days=20),
        latitude="43.329500",
        longitude="5.418000",
    )
    add_event(
        agenda, title="Forum emploi", category=EventCategory.JOB_FAIR, start=at(month + datetime.timedelta(days=14), 9)
    )
    return month, permanence


def test_feed_parses_with_timezone_rules_and_exceptions(client, programme):
    month, permanence = programme
    calendar = get_calendar(client, "/agenda/agenda.ics")
    assert calendar["VERSION"] == "2.0"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]

    events = calendar.walk("VEVENT")
    series = [e for e in events if e["SUMMARY"] == "Permanence emploi" and "RECURRENCE-ID" not in e][0]
    assert series["UID"] == f"evenement-{permanence.pk}@agenda.impact-jeunes"
    assert series["DTSTART"].params["TZID"] == "Europe/Paris"
    assert series["RRULE"]["FREQ"] == ["MONTHLY"] and series["RRULE"]["BYDAY"] == ["1TH"]
    excluded = [value.dt for value in series["EXDATE"].dts]
    assert excluded == [at(first_weekday_of_month(month, 3), 14)]
    assert series.decoded("DTSTAMP").tzinfo is not None
    assert str(series["URL"]) == "http://testserver/agenda/permanence-emploi/"
    assert "Tarascon" in str(series["LOCATION"])

    override = [e for e in events if "RECURRENCE-ID" in e][0]
    assert override["UID"] == series["UID"]
    assert override.decoded("DTSTART").hour == 9

    workshop = [e for e in events if e["SUMMARY"] == "Atelier CV"][0]
    assert workshop["GEO"].latitude == pytest.approx(43.3295)
    assert workshop["GEO"].longitude == pytest.approx(5.418)

    # UIDs are stable from one download to the next.
    again = get_calendar(client, "/agenda/agenda.ics")
    assert [e["UID"] for e in again.walk("VEVENT")] == [e["UID"] for e in events]


def test_feed_page_and_list_agree_over_a_month(client, programme):
    month, _ = programme
    calendar = get_calendar(client, "/agenda/agenda.ics")
    from_feed = feed_occurrences(calendar, month)
    assert from_feed == page_occurrences(client, month)
    assert from_feed == list_occurrences(client, month)
    titles = [title for title, _ in from_feed]
    assert titles.count("Atelier CV") == 3
    assert "Permanence emploi" not in titles  # its date this month is cancelled
    assert "Forum emploi" in titles

    following = (month + datetime.timedelta(days=32)).replace(day=1)
    moved = [start for title, start in feed_occurrences(calendar, following) if title == "Permanence emploi"]
    assert moved == [at(first_weekday_of_month(following, 3), 9).astimezone(datetime.UTC)]
    assert feed_occurrences(calendar, following) == page_occurrences(client, following)


@pytest.mark.parametrize(
    "filters",
    [
        {"type": EventCategory.JOB_DROP_IN},
        {"commune": "Tarascon"},
        {"territoire": "ferrages"},
        {"commune": "Marseille"},
    ],
)
def test_filters_mean_the_same_in_feed_and_pages(client, programme, filters):
    month, _ = programme
    following = (month + datetime.timedelta(days=32)).replace(day=1)
    calendar = get_calendar(client, "/agenda/agenda.ics", filters)
    for month_start in (month, following):
        assert feed_occurrences(calendar, month_start) == page_occurrences(client, month_start, **filters)
    expected_titles = {"Permanence emploi"} if filters != {"commune": "Marseille"} else {"Atelier CV", "Forum emploi"}
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} == expected_titles


def test_times_are_right_across_daylight_saving_changes(client, agenda):
    # Last Sunday of March 2027: 28th (UTC+1 -> UTC+2); of October 2027: 31st (UTC+2 -> UTC+1).
    add_event(agenda, title="Nuit de l'orientation", start=paris(2027, 3, 27, 20), end=paris(2027, 3, 28, 10))
    add_event(agenda, title="Forum d'automne", start=paris(2027, 10, 31, 10), end=paris(2027, 10, 31, 12))
    add_event(
        agenda,
        title="Permanence du dimanche",
        start=paris(2027, 3, 21, 14),
        end=paris(2027, 3, 21, 17),
        frequency=Frequency.WEEKLY,
        repeat_until=datetime.date(2027, 11, 7),
    )
    calendar = get_calendar(client, "/agenda/agenda.ics?tout=1")
    night = [e for e in calendar.walk("VEVENT") if e["SUMMARY"] == "Nuit de l'orientation"][0]
    assert night.decoded("DTSTART").utcoffset() == HOUR
    assert night.decoded("DTEND").utcoffset() == 2 * HOUR
    elapsed = night.decoded("DTEND").astimezone(datetime.UTC) - night.decoded("DTSTART").astimezone(datetime.UTC)
    assert elapsed == 13 * HOUR  # one hour is skipped that night

    march = recurring_ical_events.of(calendar).between(paris(2027, 3, 1), paris(2027, 4, 1))
    sundays = sorted(e.decoded("DTSTART") for e in march if e["SUMMARY"] == "Permanence du dimanche")
    assert [d.astimezone(PARIS).hour for d in sundays] == [14, 14]
    assert [d.astimezone(datetime.UTC).hour for d in sundays] == [13, 12]

    october = recurring_ical_events.of(calendar).between(paris(2027, 10, 1), paris(2027, 11, 1))
    last = [e for e in october if e.decoded("DTSTART").astimezone(PARIS).date() == datetime.date(2027, 10, 31)]
    by_title = {str(e["SUMMARY"]): e.decoded("DTSTART").astimezone(datetime.UTC).hour for e in last}
    assert by_title == {"Forum d'automne": 9, "Permanence du dimanche": 13}

    for month in (datetime.date(2027, 3, 1), datetime.date(2027, 10, 1)):
        assert feed_occurrences(calendar, month) == page_occurrences(client, month)


def test_per_event_file_and_add_to_calendar_links(client, agenda):
    start = at(next_month_start(), 14)
    event = add_event(agenda, title="Job dating", category=EventCategory.JOB_DATING, start=start)
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    ics_link = page.select_one('a[href$="evenement.ics"]')["href"]
    assert ics_link == "/agenda/job-dating/evenement.ics"
    google = page.select_one('a[href^="https://calendar.google.com/"]')["href"]
    assert "action=TEMPLATE" in google and "Job+dating" in google
    assert start.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ") in google

    calendar = get_calendar(client, ics_link)
    (only,) = calendar.walk("VEVENT")
    assert only["UID"] == f"evenement-{event.pk}@agenda.impact-jeunes"
    assert only.decoded("DTSTART") == start
    assert calendar.walk("VTIMEZONE")


def test_a_cancelled_one_off_event_is_marked_cancelled(client, agenda):
    start = at(next_month_start(), 14)
    event = add_event(agenda, title="Forum annulé", start=start)
    change_date(event, start.date(), note="Reporté au printemps.")
    (vevent,) = get_calendar(client, "/agenda/agenda.ics").walk("VEVENT")
    assert vevent["STATUS"] == "CANCELLED"


def test_the_feed_is_cached_and_refreshed_after_a_change(client, agenda, settings):
    settings.PAGE_CACHE_ENABLED = True
    event = add_event(agenda, title="Atelier CV", start=at(next_month_start(), 14))
    first = client.get("/agenda/agenda.ics")
    assert first["X-Page-Cache"] == "miss"
    assert client.get("/agenda/agenda.ics")["X-Page-Cache"] == "hit"

    event.title = "Atelier lettre de motivation"
    event.save_revision().publish()
    fresh = client.get("/agenda/agenda.ics")
    assert fresh["X-Page-Cache"] == "miss"
    assert [str(e["SUMMARY"]) for e in Calendar.from_ical(fresh.content).walk("VEVENT")] == [
        "Atelier lettre de motivation"
    ]


def test_offer_sessions_join_events_in_every_view_and_the_feed(client, agenda):
    from opportunities.models import OfferType
    from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory

    TerritoryFactory(slug="malpasse", name="Malpassé", commune="Marseille")
    month = next_month_start()
    offers = OfferIndexPageFactory(parent=agenda.get_parent())
    partners = PartnerIndexPageFactory(parent=agenda.get_parent())
    company = PartnerPageFactory(parent=partners, title="Sud Logistique", kind="company")
    job_dating = OfferPageFactory(
        parent=offers, title="Job dating logistique", offer_type=OfferType.JOB_DATING, company=company
    )
    OfferSessionFactory(page=job_dating, date=month + datetime.timedelta(days=3))
    OfferSessionFactory(page=job_dating, date=month + datetime.timedelta(days=10), cancelled=True)
    add_event(agenda, title="Job dating de la Mission locale", category=EventCategory.JOB_DATING, start=at(month, 9))
    add_event(agenda, title="Atelier CV", start=at(month, 14))

    for filters in ({}, {"type": "job_dating"}, {"commune": "Marseille"}):
        calendar = get_calendar(client, "/agenda/agenda.ics", filters)
        assert feed_occurrences(calendar, month) == page_occurrences(client, month, **filters)
        assert feed_occurrences(calendar, month) == list_occurrences(client, month, **filters)

    titles = [title for title, _ in page_occurrences(client, month, type="job_dating")]
    assert titles == ["Job dating de la Mission locale", "Job dating logistique"]
    calendar = get_calendar(client, "/agenda/agenda.ics", {"type": "job_dating"})
    sessions = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("seance-")]
    assert sorted(str(e["STATUS"]) for e in sessions) == ["CANCELLED", "CONFIRMED"]
    assert all(str(e["URL"]) == "http://testserver/offres/job-dating-logistique/" for e in sessions)

    page = BeautifulSoup(client.get("/agenda/", {"type": "job_dating"}).content, "html.parser")
    cancelled = page.select(".agenda-entry--cancelled")
    assert len(cancelled) == 1 and "Annulé" in cancelled[0].get_text()


def test_feed_query_count_does_not_grow_with_events(client, agenda):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    month = next_month_start()

    def make(first, count):
        for n in range(first, first + count):
            event = add_event(
                agenda,
                title=f"Atelier {n}",
                start=at(month + datetime.timedelta(days=n % 20), 10),
                frequency=Frequency.WEEKLY if n % 2 else Frequency.ONCE,
            )
            change_date(event, event.start.date(), note="Annulé")

    make(0, 5)
    with CaptureQueriesContext(connection) as few:
        client.get("/agenda/agenda.ics")
    make(5, 45)
    with CaptureQueriesContext(connection) as many:
        calendar = get_calendar(client, "/agenda/agenda.ics")
    assert len(many) == len(few)
    assert len(calendar.walk("VEVENT")) == 50
