import datetime

import pytest

from opportunities.agenda import demo as demo_agenda
from opportunities.models import EventCategory, EventDateChange, EventPage
from partners_directory import demo as partners_demo
from portal import demo as portal_demo
from portal.dates import PARIS

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site():
    portal_demo.load(lambda line: None)
    partners_demo.load(lambda line: None)
    demo_agenda.load(lambda line: None)


def test_demo_agenda_is_varied_and_idempotent(demo_site, client):
    events = list(EventPage.objects.live().select_related("place_partner__territory"))
    assert len(events) >= 15
    assert {event.category for event in events} >= {
        EventCategory.JOB_FAIR,
        EventCategory.JOB_DROP_IN,
        EventCategory.CV_WORKSHOP,
        EventCategory.INFO_SESSION,
        EventCategory.JOB_DATING,
    }
    assert len({event.place_territory.slug for event in events}) >= 5
    now = datetime.datetime.now(PARIS)
    assert sum(1 for event in events if event.end < now and not event.is_recurring) >= 3

    permanence = EventPage.objects.get(slug="permanence-emploi-malpasse")
    assert permanence.recurrence_label.startswith("Le premier jeudi du mois")
    assert (permanence.start.astimezone(PARIS).hour, permanence.end.astimezone(PARIS).hour) == (14, 17)
    cancelled = [o for o in permanence.upcoming_occurrences() if o.cancelled]
    assert len(cancelled) == 1 and cancelled[0].note
    assert EventPage.objects.get(slug="information-collective-e2c").place_partner.kind == "e2c"

    counts = (EventPage.objects.count(), EventDateChange.objects.count())
    demo_agenda.load(lambda line: None)
    assert (EventPage.objects.count(), EventDateChange.objects.count()) == counts

    for url in ("/agenda/", "/agenda/?vue=mois", "/agenda/archives/", "/agenda/agenda.ics", permanence.url):
        assert client.get(url).status_code == 200


def test_demo_events_have_their_dates_stored(demo_site):
    from opportunities.models import EventDate

    events = EventPage.objects.live()
    assert set(EventDate.objects.values_list("event", flat=True).distinct()) == set(
        events.values_list("pk", flat=True)
    )
    repeating = events.exclude(frequency="once").first()
    assert EventDate.objects.filter(event=repeating).count() > 1
