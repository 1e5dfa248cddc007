import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from opportunities.agenda.recurrence import Frequency
from opportunities.agenda.sections import for_partner, next_events
from opportunities.models import EventCategory, EventIndexPage, EventPage
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from portal.dates import PARIS
from portal.models import HomePage
from tests.opportunities.agenda.helpers import add_event, at, change_date, next_month_start

pytestmark = pytest.mark.django_db


def jsonld(response):
    page = BeautifulSoup(response.content, "html.parser")
    return json.loads(page.select_one('script[type="application/ld+json"]').string)


def test_tree_rules(agenda, home_page):
    assert EventIndexPage.allowed_parent_page_models() == [HomePage]
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.allowed_subpage_models() == []
    assert not EventIndexPage.can_create_at(home_page)  # only one agenda


def test_event_page_shows_dates_place_and_organiser(client, agenda):
    partners = PartnerIndexPageFactory(parent=agenda.get_parent())
    centre = PartnerPageFactory(parent=partners, title="Centre social Malpassé", address="3 rue des Lilas")
    mission = PartnerPageFactory(parent=partners, title="Mission locale Nord")
    month = next_month_start()
    thursday = month + datetime.timedelta(days=(3 - month.weekday()) % 7)
    event = add_event(
        agenda,
        title="Permanence emploi",
        category=EventCategory.JOB_DROP_IN,
        start=at(thursday, 14),
        end=at(thursday, 17),
        frequency=Frequency.MONTHLY_BY_WEEKDAY,
        week_of_month=1,
        venue_name="",
        address="",
        postcode="",
        commune="",
        place_partner=centre,
        organiser=mission,
    )
    change_date(event, thursday, note="Fermé pour inventaire.")
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    text = page.get_text(" ", strip=True)
    assert "Le premier jeudi du mois" in text
    assert "Centre social Malpassé" in text and "3 rue des Lilas" in text
    assert page.select_one(".event-facts a[href='/partenaires/mission-locale-nord/']")
    first = page.select(".event-dates__item")[0]
    assert "Annulé" in first.get_text() and "Fermé pour inventaire." in first.get_text()
    # The next date is the first one that still takes place.
    assert "14 h – 17 h" in page.select_one(".event-when__next").get_text()


def test_json_ld_describes_each_date_with_its_status(client, agenda):
    start = at(next_month_start(), 10)
    partners = PartnerIndexPageFactory(parent=agenda.get_parent())
    organiser = PartnerPageFactory(parent=partners, title="École de la 2e chance")
    event = add_event(
        agenda, title="Information collective", start=start, frequency=Frequency.WEEKLY, organiser=organiser
    )
    change_date(event, start.date() + datetime.timedelta(days=7), note="Salle indisponible")
    moved_day = start.date() + datetime.timedelta(days=14)
    change_date(event, moved_day, status="moved", new_start=at(moved_day, 15))

    data = jsonld(client.get(event.url))
    assert all(item["@type"] == "Event" and item["@context"] == "https://schema.org" for item in data)
    assert data[0]["startDate"] == start.isoformat()
    assert data[0]["eventStatus"] == "https://schema.org/EventScheduled"
    assert data[1]["eventStatus"] == "https://schema.org/EventCancelled"
    assert data[2]["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data[2]["previousStartDate"] == at(moved_day, 10).isoformat()
    assert data[0]["location"]["@type"] == "Place"
    assert data[0]["location"]["address"]["addressLocality"] == "Marseille"
    assert data[0]["organizer"] == {
        "@type": "Organization",
        "name": "École de la 2e chance",
        "url": "http://testserver/partenaires/ecole-de-la-2e-chance/",
    }


def test_json_ld_cannot_break_out_of_its_script(client, agenda):
    event = add_event(agenda, title="Forum </script><script>alert(1)</script>", slug="forum-xss")
    response = client.get(event.url)
    assert b"</script><script>alert(1)" not in response.content
    assert jsonld(response)[0]["name"] == "Forum </script><script>alert(1)</script>"


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"end_offset": -1}, "end", "La fin doit venir après le début."),
        ({"frequency": Frequency.MONTHLY_BY_WEEKDAY, "week_of_month": 1, "day": 10}, "start", "premier jeudi"),
        ({"frequency": Frequency.MONTHLY_BY_DATE, "day": 30}, "start", "entre le 1er et le 28"),
        ({"signup_enabled": True}, "seats", "nombre de places"),
        ({"frequency": Frequency.WEEKLY, "repeat_until": datetime.date(2020, 1, 1)}, "repeat_until", "avant"),
    ],
)
def test_editors_get_clear_french_errors(agenda, fields, field, message):
    fields = dict(fields)
    day = datetime.date(2027, 9, fields.pop("day", 2))  # 2 September 2027 is the first Thursday
    start = at(day, 14)
    end = start + datetime.timedelta(hours=fields.pop("end_offset", 3))
    event = EventPage(title="Essai", slug="essai", category=EventCategory.OTHER, start=start, end=end, **fields)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert message in " ".join(error.value.message_dict[field])


def test_a_date_change_must_be_a_date_of_the_event(agenda):
    event = add_event(agenda, title="Atelier", start=at(datetime.date(2027, 9, 2), 14), frequency=Frequency.WEEKLY)
    event.date_changes.create(date=datetime.date(2027, 9, 3), status="cancelled")
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "ne sont pas des dates de l'événement : 03/09/2027" in str(error.value)


def test_home_slot_shows_one_card_per_event(client, agenda, home_page):
    start = at(datetime.datetime.now(PARIS).date() + datetime.timedelta(days=2), 10)
    add_event(agenda, title="Permanence hebdo", start=start, frequency=Frequency.WEEKLY)
    add_event(agenda, title="Forum", start=start + datetime.timedelta(days=1))
    items = next_events(home_page)
    assert [item.title for item in items] == ["Permanence hebdo", "Forum"]
    page = BeautifulSoup(client.get("/").content, "html.parser")
    section = page.select_one('[aria-labelledby="events-title"]')
    assert [a.get_text(strip=True) for a in section.select(".card__title a")] == ["Permanence hebdo", "Forum"]


def test_partner_pages_get_the_partner_next_dates(agenda):
    partners = PartnerIndexPageFactory(parent=agenda.get_parent())
    host = PartnerPageFactory(parent=partners, title="Centre social")
    other = PartnerPageFactory(parent=partners, title="Autre")
    start = at(next_month_start(), 10)
    add_event(agenda, title="Chez le centre", start=start, place_partner=host)
    add_event(agenda, title="Organisé par le centre", start=start, organiser=host)
    add_event(agenda, title="Ailleurs", start=start, place_partner=other)
    items = for_partner(host)
    assert sorted(item.title for item in items) == ["Chez le centre", "Organisé par le centre"]
    assert all(item.card_template == "opportunities/includes/agenda_card.html" for item in items)


def test_editors_can_add_and_edit_events_in_the_admin(client, agenda, django_user_model, monkeypatch):
    from django.template import engines

    # Wagtail's admin templates rely on optional variables rendering as "".
    monkeypatch.setattr(engines["django"].engine, "string_if_invalid", "")
    admin = django_user_model.objects.create_superuser("admin", "admin@impact-jeunes.example", "pass")
    client.force_login(admin)
    event = add_event(agenda, title="Atelier", frequency=Frequency.WEEKLY)
    change_date(event, event.start.date(), note="Annulé")
    assert client.get(f"/admin/pages/{event.pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/add/opportunities/eventpage/{agenda.pk}/")
    assert response.status_code == 200
    assert "Dates annulées ou déplacées" in response.content.decode()


def test_a_past_event_says_when_it_took_place(client, agenda):
    event = add_event(agenda, title="Forum passé", start=at(datetime.date(2025, 3, 13), 9))
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert page.select_one(".event-when .notice").get_text(" ", strip=True) == (
        "Cet événement a eu lieu le jeudi 13 mars 2025, 9 h – 11 h ."
    )
    assert not page.select('script[type="application/ld+json"]')
