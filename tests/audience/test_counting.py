"""Audience without cookies: a (page, day) counter, nothing about the reader; robots and staff not counted."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from audience.counting import record_view
from audience.models import PageViewDay
from portal.factories import StandardPageFactory
from portal.models import SiteIdentitySettings
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

PHONE = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
)
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


@pytest.fixture
def story(home_page):
    index = StoryIndexPageFactory(parent=home_page)
    # A site's first request creates its settings row, which (rightly) empties the page cache.
    SiteIdentitySettings.for_site(home_page.get_site())
    return StoryPageFactory(parent=index, title="Du banc au quai", slug="du-banc-au-quai")


def views_of(page):
    return sum(PageViewDay.objects.filter(page=page).values_list("views", flat=True))


def test_views_are_one_counter_per_page_and_day(client, story):
    for _ in range(3):
        assert client.get(story.url, HTTP_USER_AGENT=PHONE).status_code == 200

    [counter] = PageViewDay.objects.all()
    assert (counter.page_id, counter.day, counter.views) == (story.pk, timezone.localdate(), 3)


def test_nothing_about_the_reader_is_stored_or_set(client, story):
    response = client.get(story.url, HTTP_USER_AGENT=PHONE, REMOTE_ADDR="203.0.113.9")

    assert not response.cookies
    assert {field.name for field in PageViewDay._meta.get_fields()} == {"id", "page", "day", "views"}
    stored = str(list(PageViewDay.objects.values()))
    assert "203.0.113.9" not in stored and "Android" not in stored


def test_robots_and_empty_user_agents_are_not_counted(client, story):
    client.get(story.url, HTTP_USER_AGENT=GOOGLEBOT)
    client.get(story.url, HTTP_USER_AGENT="facebookexternalhit/1.1")
    client.get(story.url)  # no user agent at all

    assert views_of(story) == 0


def test_browser_prefetches_are_not_counted(client, story):
    client.get(story.url, HTTP_USER_AGENT=PHONE, HTTP_SEC_PURPOSE="prefetch")

    assert views_of(story) == 0


@pytest.mark.usefixtures("admin_templates")  # the Wagtail user bar shown to staff
def test_staff_are_not_counted_other_logged_in_people_are(client, story, django_user_model):
    editor = django_user_model.objects.create_user("editrice", password="un-mot-de-passe-long")
    editor.groups.add(Group.objects.get(name="Éditeurs"))
    client.force_login(editor)
    client.get(story.url, HTTP_USER_AGENT=PHONE)
    assert views_of(story) == 0

    company = django_user_model.objects.create_user("entreprise", password="un-mot-de-passe-long")
    client.force_login(company)
    client.get(story.url, HTTP_USER_AGENT=PHONE)
    assert views_of(story) == 1


def test_pages_served_from_the_page_cache_are_counted(client, story, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get(story.url, HTTP_USER_AGENT=PHONE)
    second = client.get(story.url, HTTP_USER_AGENT=PHONE)

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert views_of(story) == 2


def test_counting_never_empties_the_page_cache(client, story, settings):
    settings.PAGE_CACHE_ENABLED = True
    client.get(story.url, HTTP_USER_AGENT=PHONE)  # creates today's counter

    assert client.get(story.url, HTTP_USER_AGENT=PHONE)["X-Page-Cache"] == "hit"


def test_only_the_page_itself_is_counted_not_its_forms_or_errors(client, story):
    index = story.get_parent()
    client.get(index.url, HTTP_USER_AGENT=PHONE)
    client.get(index.url + "raconter/", HTTP_USER_AGENT=PHONE)
    client.get(index.url + "tags/emploi/", HTTP_USER_AGENT=PHONE)
    client.get("/histoires/page-qui-n-existe-pas/", HTTP_USER_AGENT=PHONE)
    client.head(story.url, HTTP_USER_AGENT=PHONE)

    assert views_of(index) == 1
    assert PageViewDay.objects.count() == 1


def test_a_new_day_starts_a_new_counter(story):
    record_view(story.pk, datetime.date(2026, 11, 23))
    record_view(story.pk, datetime.date(2026, 11, 23))
    record_view(story.pk, datetime.date(2026, 11, 24))

    assert list(PageViewDay.objects.order_by("day").values_list("day", "views")) == [
        (datetime.date(2026, 11, 23), 2),
        (datetime.date(2026, 11, 24), 1),
    ]


def test_old_counts_are_purged_after_25_months(home_page):
    from django.core.management import call_command

    page = StandardPageFactory(parent=home_page)
    today = timezone.localdate()
    record_view(page.pk, today - datetime.timedelta(days=800))
    record_view(page.pk, today - datetime.timedelta(days=700))

    call_command("purge_page_views")

    assert list(PageViewDay.objects.values_list("day", flat=True)) == [today - datetime.timedelta(days=700)]


def test_matomo_is_loaded_only_when_configured_and_from_a_static_file(client, home_page, settings):
    assert "matomo" not in client.get("/").content.decode()

    settings.MATOMO_URL, settings.MATOMO_SITE_ID = "https://stats.impact-jeunes.example", "3"
    html = client.get("/").content.decode()

    assert 'src="/static/js/matomo.js" data-matomo-url="https://stats.impact-jeunes.example" data-site-id="3"' in html
