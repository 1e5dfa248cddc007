"""A calendar client that accepts gzip: the feed travels compressed, and polling with its ETag still gets 304."""

import gzip

import pytest
from icalendar import Calendar

from tests.opportunities.agenda.helpers import add_event
from tests.opportunities.agenda.test_feed_window import FEED, in_days

pytestmark = pytest.mark.django_db
GZIP = {"Accept-Encoding": "gzip, deflate"}


@pytest.mark.parametrize("page_cache", [False, True], ids=["sans cache de pages", "avec cache de pages"])
def test_a_gzip_client_gets_a_compressed_feed_and_its_304(client, agenda, settings, page_cache):
    settings.PAGE_CACHE_ENABLED = page_cache
    add_event(agenda, title="Forum des métiers à l'Estaque", start=in_days(7), end=in_days(7, 12))

    first = client.get(FEED, headers=GZIP)
    assert first["Content-Encoding"] == "gzip"
    calendar = Calendar.from_ical(gzip.decompress(first.content))
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == ["Forum des métiers à l'Estaque"]

    polled = client.get(FEED, headers={**GZIP, "If-None-Match": first["ETag"]})
    assert polled.status_code == 304
    assert polled.content == b""

    add_event(agenda, title="Atelier CV", start=in_days(8), end=in_days(8, 12))
    changed = client.get(FEED, headers={**GZIP, "If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert b"Atelier CV" in gzip.decompress(changed.content)
