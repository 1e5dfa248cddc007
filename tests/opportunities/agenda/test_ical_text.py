"""The agenda's iCalendar text as clients read it: folded lines, escaped text, cancelled and moved dates,
the time zone, and every property of every VEVENT the feed carries."""

import datetime

import pytest
import recurring_ical_events
from icalendar import Calendar

from opportunities.agenda.event_page import EventPage
from opportunities.agenda.recurrence import Frequency
from opportunities.models import EventCategory, OfferType
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from portal.dates import PARIS
from tests.opportunities.agenda.helpers import add_event, at, change_date, first_weekday_of_month, next_month_start

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)
FEED = "/agenda/agenda.ics"


def physical_lines(content):
    """The lines of an .ics as sent, checked for CRLF endings and 75-octet lines of whole UTF-8 characters."""
    assert content.endswith(b"\r\n")
    lines = content[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a character cut in two by a fold would not decode
    return lines


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    physical_lines(response.content)
    return Calendar.from_ical(response.content)


def test_long_lines_with_accents_are_folded_between_characters(client, agenda):
    title = "Journée découverte des métiers de l'écoconstruction à Félix-Pyat : « ça bâtit l'avenir » – été 2027"
    summary = "Éco-matériaux, béton bas carbone, rénovation énergétique : " * 4
    event = add_event(agenda, title=title, summary=summary.strip(), venue_name="Théâtre de l'Œuvre")
    for url in (FEED, f"/agenda/{event.slug}/evenement.ics"):
        content = client.get(url).content
        lines = physical_lines(content)
        continued = [line for line in lines if line.startswith(b" ")]
        assert len(continued) >= 3
        (vevent,) = Calendar.from_ical(content).walk("VEVENT")
        assert str(vevent["SUMMARY"]) == title
        assert str(vevent["DESCRIPTION"]).startswith(summary.strip() + "\n\n")
        assert str(vevent["LOCATION"]).startswith("Théâtre de l'Œuvre, ")


def test_commas_semicolons_backslashes_and_line_breaks_come_back_as_typed(client, agenda):
    event = add_event(
        agenda,
        title=r"CV, lettre; entretien \ simulation",
        summary="Ligne 1\r\nLigne 2, suite; fin\x07\x1b",
        venue_name="Salle A, 1er étage; porte 2",
    )
    content = client.get(f"/agenda/{event.slug}/evenement.ics").content
    unfolded = content.replace(b"\r\n ", b"").decode()
    assert "SUMMARY:CV\\, lettre\\; entretien \\\\ simulation\r\n" in unfolded
    assert "DESCRIPTION:Ligne 1\\nLigne 2\\, suite\\; fin\\n\\n" in unfolded
    (vevent,) = Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == r"CV, lettre; entretien \ simulation"
    # Line breaks come back as such; characters a content line may not hold are left out.
    assert str(vevent["DESCRIPTION"]).startswith("Ligne 1\nLigne 2, suite; fin\n\n")
    assert str(vevent["LOCATION"]) == "Salle A, 1er étage; porte 2, 2 place du Marché, 13013 Marseille"
    assert str(vevent["CATEGORIES"].cats[0]) == "Atelier CV"


def test_a_cancelled_date_is_an_exdate_and_a_moved_date_an_override(client, agenda):
    monday = first_weekday_of_month(next_month_start(), 0)
    event = add_event(
        agenda,
        title="Permanence emploi",
        start=at(monday, 10),
        end=at(monday, 12),
        frequency=Frequency.WEEKLY,
        repeat_until=monday + 27 * DAY,
    )
    change_date(event, monday + 7 * DAY, note="Fermé pour inventaire.")
    moved_to = monday + 15 * DAY
    change_date(
        event,
        monday + 14 * DAY,
        status="moved",
        new_start=at(moved_to, 14),
        new_end=at(moved_to, 16, 30),
        note="Exceptionnellement le mardi après-midi.",
    )
    for url in (FEED, f"/agenda/{event.slug}/evenement.ics"):
        calendar = parse(client, url)
        series, override = calendar.walk("VEVENT")
        assert series["RRULE"]["FREQ"] == ["WEEKLY"] and "RECURRENCE-ID" not in series
        assert [value.dt for value in series["EXDATE"].dts] == [at(monday + 7 * DAY, 10)]
        assert series["EXDATE"].params["TZID"] == "Europe/Paris"

        assert override["UID"] == series["UID"] == f"evenement-{event.pk}@agenda.impact-jeunes"
        assert override.decoded("RECURRENCE-ID") == at(monday + 14 * DAY, 10)
        assert override["RECURRENCE-ID"].params["TZID"] == "Europe/Paris"
        assert (override.decoded("DTSTART"), override.decoded("DTEND")) == (at(moved_to, 14), at(moved_to, 16, 30))
        assert str(override["DESCRIPTION"]).startswith("Exceptionnellement le mardi après-midi.\n\nViens avec")
        assert "RRULE" not in override and str(override["STATUS"]) == "CONFIRMED"

        # What a client shows: the cancelled Monday gone, the moved one on Tuesday afternoon.
        shown = recurring_ical_events.of(calendar).between(at(monday, 0), at(monday + 28 * DAY, 0))
        starts = sorted(vevent.decoded("DTSTART") for vevent in shown)
        assert starts == [at(monday, 10), at(moved_to, 14), at(monday + 21 * DAY, 10)]


def test_changes_beyond_the_stored_dates_still_reach_the_feed(client, agenda):
    """Dates are stored three years ahead; a series without an end may be cancelled further away than that."""
    monday = first_weekday_of_month(next_month_start(), 0)
    event = add_event(agenda, title="Permanence", start=at(monday, 10), end=at(monday, 12), frequency=Frequency.WEEKLY)
    far = monday + 7 * DAY * (52 * 4)
    change_date(event, far, note="Fermé.")
    change_date(event, far + 7 * DAY, status="moved", new_start=at(far + 8 * DAY, 9))
    change_date(event, far + 9 * DAY, note="Pas un lundi : ignoré, comme sur les pages.")
    series, override = parse(client, f"/agenda/{event.slug}/evenement.ics").walk("VEVENT")
    assert [value.dt for value in series["EXDATE"].dts] == [at(far, 10)]
    assert override.decoded("RECURRENCE-ID") == at(far + 7 * DAY, 10)
    assert (override.decoded("DTSTART"), override.decoded("DTEND")) == (at(far + 8 * DAY, 9), at(far + 8 * DAY, 11))


def test_the_time_zone_is_spelled_out_over_the_feed_window(client, agenda):
    add_event(agenda, title="Forum")
    (vtimezone,) = parse(client, FEED + "?tout=1").walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/Paris"
    # Read as the client does, from the VTIMEZONE alone (not from its own Europe/Paris).
    spelled_out = vtimezone.to_tz(lookup_tzid=False)
    today = datetime.date.today()
    for days in range(0, 2 * 366, 5):
        moment = datetime.datetime.combine(today + days * DAY, datetime.time(12))
        assert moment.replace(tzinfo=spelled_out).utcoffset() == moment.replace(tzinfo=PARIS).utcoffset()


def test_the_feed_carries_every_property_of_every_vevent(client, agenda):
    month = next_month_start()
    partners = PartnerIndexPageFactory(parent=agenda.get_parent())
    centre = PartnerPageFactory(
        parent=partners,
        title="Centre social des Ferrages",
        address="Place des Ferrages",
        postcode="13150",
        commune="Tarascon",
        latitude="43.801700",
        longitude="4.667200",
    )
    organiser = PartnerPageFactory(parent=partners, title="Mission locale")
    thursday = first_weekday_of_month(month, 3)
    permanence = add_event(
        agenda,
        title="Permanence emploi",
        category=EventCategory.JOB_DROP_IN,
        summary="",
        description='<p>Une conseillère répond <a href="https://example.org">à tes questions</a>.</p>',
        start=at(thursday, 14),
        end=at(thursday, 17),
        frequency=Frequency.WEEKLY,
        interval=2,
        address="",
        commune="",
        venue_name="",
        place_partner=centre,
        organiser=organiser,
    )
    change_date(permanence, thursday + 14 * DAY)
    change_date(permanence, thursday + 28 * DAY, status="moved", new_start=at(thursday + 29 * DAY, 9))
    online = add_event(
        agenda,
        title="Atelier en ligne",
        start=at(month + 3 * DAY, 18),
        address="",
        postcode="",
        commune="",
        venue_name="",
        online_url="https://visio.example/atelier",
    )
    offers = OfferIndexPageFactory(parent=agenda.get_parent())
    company = PartnerPageFactory(parent=partners, title="Sud Logistique", kind="company")
    offer = OfferPageFactory(
        parent=offers, title="Visite d'entreprise", offer_type=OfferType.COMPANY_VISIT, company=company
    )
    session = OfferSessionFactory(page=offer, date=month + 5 * DAY, cancelled=True)
    published = datetime.datetime(2026, 5, 4, 8, 30, 15, tzinfo=datetime.UTC)
    EventPage.objects.filter(pk=permanence.pk).update(last_published_at=published)

    calendar = parse(client, FEED)
    assert (str(calendar["X-WR-CALNAME"]), str(calendar["X-WR-TIMEZONE"])) == ("Agenda Impact Jeunes", "Europe/Paris")
    assert str(calendar["PRODID"]) == "-//Impact Jeunes//Agenda//FR"
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=1)
    found = {}
    for vevent in calendar.walk("VEVENT"):
        key = (str(vevent["UID"]), vevent.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in vevent else None)
        found[key] = vevent
    series_uid = f"evenement-{permanence.pk}@agenda.impact-jeunes"
    original = at(thursday + 28 * DAY, 14)
    assert set(found) == {
        (series_uid, None),
        (series_uid, original),
        (f"evenement-{online.pk}@agenda.impact-jeunes", None),
        (f"seance-{session.pk}@agenda.impact-jeunes", None),
    }

    series = found[series_uid, None]
    expected_description = (
        "Une conseillère répond à tes questions.\n\nOrganisé par Mission locale.\n\n"
        "http://testserver/agenda/permanence-emploi/"
    )
    assert {name: series.decoded(name) for name in ("DTSTART", "DTEND", "DTSTAMP", "LAST-MODIFIED")} == {
        "DTSTART": at(thursday, 14),
        "DTEND": at(thursday, 17),
        "DTSTAMP": published,
        "LAST-MODIFIED": published,
    }
    assert dict(series["RRULE"]) == {"FREQ": ["WEEKLY"], "BYDAY": ["TH"], "INTERVAL": [2]}
    assert [value.dt for value in series["EXDATE"].dts] == [at(thursday + 14 * DAY, 14)]
    assert {name: str(series[name]) for name in ("SUMMARY", "URL", "STATUS", "DESCRIPTION", "LOCATION")} == {
        "SUMMARY": "Permanence emploi",
        "URL": "http://testserver/agenda/permanence-emploi/",
        "STATUS": "CONFIRMED",
        "DESCRIPTION": expected_description,
        "LOCATION": "Centre social des Ferrages, Place des Ferrages, 13150 Tarascon",
    }
    assert [str(category) for category in series["CATEGORIES"].cats] == ["Permanence emploi"]
    assert (series["GEO"].latitude, series["GEO"].longitude) == (43.8017, 4.6672)

    moved = found[series_uid, original]
    moved_day = thursday + 29 * DAY
    assert (moved.decoded("DTSTART"), moved.decoded("DTEND")) == (at(moved_day, 9), at(moved_day, 12))
    assert str(moved["DESCRIPTION"]) == expected_description and str(moved["LOCATION"]) == str(series["LOCATION"])

    online_event = found[f"evenement-{online.pk}@agenda.impact-jeunes", None]
    assert str(online_event["LOCATION"]) == "En ligne" and "GEO" not in online_event
    assert "En ligne : https://visio.example/atelier" in str(online_event["DESCRIPTION"])
    assert "RRULE" not in online_event and "EXDATE" not in online_event

    session_event = found[f"seance-{session.pk}@agenda.impact-jeunes", None]
    assert {name: str(session_event[name]) for name in ("SUMMARY", "URL", "STATUS", "LOCATION")} == {
        "SUMMARY": "Visite d'entreprise",
        "URL": "http://testserver/offres/visite-dentreprise/",
        "STATUS": "CANCELLED",
        "LOCATION": "Sud Logistique, 12 boulevard de la Logistique, 13013 Marseille",
    }
    assert session_event.decoded("DTSTART") == at(month + 5 * DAY, 9, 30)
    assert session_event.decoded("DTEND") == at(month + 5 * DAY, 12)
    assert [str(category) for category in session_event["CATEGORIES"].cats] == ["Visite d'entreprise"]
