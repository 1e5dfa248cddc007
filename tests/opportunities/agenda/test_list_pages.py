"""The agenda's list and archive read one page of dates at a time, in the same order as the whole list.

The database orders and counts the dates (`paged_entries`); these tests check, page by page, that the
visitor gets exactly the dates of the whole list (`entries.upcoming`, `entries.past`), with events and
offer sessions at the same time, titles that sort differently with and without case or accents, and
filters. On SQLite and PostgreSQL: titles are ordered by code point on both.
"""

import datetime

import pytest
from bs4 import BeautifulSoup

from opportunities.agenda import entries, paged_entries
from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory
from opportunities.offers.models import OfferType
from portal.dates import PARIS
from tests.opportunities.agenda.helpers import add_event, at

pytestmark = pytest.mark.django_db

# Python (and the list) sorts "Zumba" < "atelier" < "Émploi": a locale collation would not.
TITLES = ["atelier", "Zumba", "Émploi", "Forum", "forum", "Être utile", "Atelier"]


@pytest.fixture
def crowded(agenda, offer_index, offer):
    """Many dates at the very same times, in the future and in the past, events and sessions mixed."""
    today = datetime.datetime.now(PARIS).date()
    for offset in (-21, -20, 3, 4, 5):
        day = today + datetime.timedelta(days=offset)
        for number, title in enumerate(TITLES):
            slug = f"{number}-{offset}"
            add_event(agenda, title=f"{title} {offset}", slug=slug, start=at(day, 10), end=at(day, 11))
            page = OfferPageFactory(
                parent=offer_index,
                title=f"{title} {offset}",
                slug=slug,
                company=offer.company,
                offer_type=OfferType.MASTERCLASS,
            )
            OfferSessionFactory(page=page, date=day, start_time=datetime.time(10), end_time=datetime.time(11))
    # A week-long stage under way: listed at its start, before everything else.
    OfferSessionFactory(
        page=offer,
        date=today - datetime.timedelta(days=1),
        end_date=today + datetime.timedelta(days=5),
        start_time=datetime.time(8),
        end_time=datetime.time(17),
    )


def keys(found):
    return [(entry.kind, entry.title, entry.start, entry.uid) for entry in found]


@pytest.mark.parametrize("per_page", [5, 7, 20])
@pytest.mark.parametrize("type_", ["", OfferType.MASTERCLASS])
def test_each_page_of_the_list_is_its_slice_of_the_whole_list(crowded, per_page, type_):
    filters = entries.AgendaFilters(type=type_)
    whole = entries.upcoming(filters)
    assert len(whole) > per_page
    for number in (1, 2, 3):
        paged = paged_entries.upcoming(filters, first_needed=per_page * number)
        assert paged.count() == len(whole)
        bottom = per_page * (number - 1)
        assert keys(paged[bottom : bottom + per_page]) == keys(whole[bottom : bottom + per_page])


@pytest.mark.parametrize("per_page", [5, 20])
def test_each_page_of_the_archive_is_its_slice_of_the_past_most_recent_first(crowded, per_page):
    filters = entries.AgendaFilters()
    whole = entries.past(filters)
    assert len(whole) > per_page
    paged = paged_entries.past(filters, first_needed=per_page)
    assert paged.count() == len(whole)
    assert keys(paged[0:per_page]) == keys(whole[:per_page])
    # A slice further than the first read is read then.
    assert keys(paged[per_page : 2 * per_page]) == keys(whole[per_page : 2 * per_page])


def test_the_list_pages_follow_each_other_without_gap_or_repeat(client, crowded):
    def titles(page):
        response = client.get("/agenda/", {"page": page})
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        return [a.get_text(strip=True) for a in soup.select(".agenda-entry__title a")], soup

    first, soup = titles(1)
    second, _ = titles(2)
    shown = first + second
    expected = [entry.title for entry in entries.upcoming(entries.AgendaFilters())]
    assert shown == expected[: len(shown)]
    assert f"{len(expected)} dates à venir" in soup.select_one(".result-count").get_text()
    assert titles(9999)[0] == expected[-len(titles(9999)[0]) :]
