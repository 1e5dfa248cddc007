"""The agenda feed: windowed by default, a year with ?tout=1, and 304 for a client whose copy is current."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from portal.dates import PARIS
from tests.opportunities.agenda.helpers import add_event, change_date

pytestmark = pytest.mark.django_db
FEED = "/agenda/agenda.ics"


def summaries(response):
    assert response.status_code == 200
    return sorted(str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT"))


def in_days(days, hour=10):
    day = timezone.localdate(timezone=PARIS) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=PARIS)


def test_feed_reaches_three_months_ahead_and_a_year_with_tout(client, agenda):
    add_event(agenda, title="Forum de la semaine prochaine", start=in_days(7), end=in_days(7, 12))
    add_event(agenda, title="Forum de printemps", start=in_days(150), end=in_days(150, 12))
    add_event(agenda, title="Forum passé il y a longtemps", start=in_days(-60), end=in_days(-60, 12))
    assert summaries(client.get(FEED)) == ["Forum de la semaine prochaine"]
    assert summaries(client.get(FEED, {"tout": "1"})) == ["Forum de la semaine prochaine", "Forum de printemps"]


def test_a_current_copy_gets_304_and_a_change_gets_the_new_feed(client, agenda):
    forum = add_event(agenda, title="Forum des métiers", start=in_days(7), end=in_days(7, 12))
    first = client.get(FEED)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert summaries(first) == ["Forum des métiers"]

    again = client.get(FEED, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(FEED, headers={"If-Modified-Since": last_modified}).status_code == 304
    # Another filter is another feed.
    assert client.get(FEED, {"tout": "1"}, headers={"If-None-Match": etag}).status_code == 200

    add_event(agenda, title="Atelier CV", start=in_days(8), end=in_days(8, 12))
    changed = client.get(FEED, headers={"If-None-Match": etag})
    assert summaries(changed) == ["Atelier CV", "Forum des métiers"]
    assert changed["ETag"] != etag

    # A cancelled date (no new publication) changes the feed too.
    etag = changed["ETag"]
    change_date(forum, in_days(7).date())
    cancelled = client.get(FEED, headers={"If-None-Match": etag})
    assert cancelled.status_code == 200
    statuses = {str(e["SUMMARY"]): str(e["STATUS"]) for e in Calendar.from_ical(cancelled.content).walk("VEVENT")}
    assert statuses["Forum des métiers"] == "CANCELLED"

    # Unpublished: gone at once.
    etag = cancelled["ETag"]
    forum.unpublish()
    assert summaries(client.get(FEED, headers={"If-None-Match": etag})) == ["Atelier CV"]


def test_the_page_cache_answers_304_too(client, agenda, settings):
    settings.PAGE_CACHE_ENABLED = True
    add_event(agenda, title="Forum des métiers", start=in_days(7), end=in_days(7, 12))
    first = client.get(FEED)
    assert client.get(FEED)["X-Page-Cache"] == "hit"
    again = client.get(FEED, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert client.get(FEED, headers={"If-None-Match": '"autre"'}).status_code == 200
