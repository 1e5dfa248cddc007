""" "Pages les plus lues" in the admin: by week and type, exportable as CSV and XLSX."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from openpyxl import load_workbook

from audience.counting import record_view
from audience.report import Week
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("admin_templates")]

MONDAY = datetime.date(2026, 11, 16)
WEEK = "2026-W47"


@pytest.fixture
def counted(home_page):
    stories = StoryIndexPageFactory(parent=home_page)
    offers = OfferIndexPageFactory(parent=home_page)
    partners = PartnerIndexPageFactory(parent=home_page)
    pages = {
        "story": StoryPageFactory(parent=stories, title="Du banc au quai"),
        "offer": OfferPageFactory(parent=offers, title="=Visite du port"),
        "partner": PartnerPageFactory(parent=partners, title="Mission locale Nord"),
    }
    for page, views in ((pages["story"], 5), (pages["offer"], 9), (pages["partner"], 2)):
        for day in range(views):
            record_view(page.pk, MONDAY + datetime.timedelta(days=day % 7))
    record_view(pages["story"].pk, MONDAY - datetime.timedelta(days=3))  # the week before
    return pages


@pytest.fixture
def communication(client, django_user_model):
    user = django_user_model.objects.create_user("lea", password="un-mot-de-passe-long")
    user.groups.add(Group.objects.get(name="Communication"))
    client.force_login(user)
    return user


URL = "/admin/audience/pages-les-plus-lues/"


def test_weeks_are_iso_weeks():
    assert Week.parse(WEEK).monday == MONDAY
    assert Week.parse("2026-W99").monday.weekday() == 0  # not a week: the current one
    assert Week.parse("n'importe quoi").key == Week.parse("").key


def test_report_ranks_pages_of_the_week(client, counted, communication, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        html = client.get(URL, {"semaine": WEEK}).content.decode()

    assert html.index("=Visite du port") < html.index("Du banc au quai") < html.index("Mission locale Nord")
    assert "<strong>9</strong>" in html
    assert "1 (+4)" in html  # the story: 5 this week, 1 the week before


def test_report_filters_by_type(client, counted, communication):
    html = client.get(URL, {"semaine": WEEK, "type": "partenaires"}).content.decode()

    assert "Mission locale Nord" in html and "Du banc au quai" not in html


def test_csv_export_for_excel(client, counted, communication):
    response = client.get(URL, {"semaine": WEEK, "export": "csv"})

    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:2] == ["Rang", "Page"]
    assert rows[1][1:3] == ["'=Visite du port", "Offres"] and rows[1][4] == "9"
    assert response["Content-Disposition"] == f'attachment; filename="pages-les-plus-lues-{WEEK}-toutes.csv"'


def test_xlsx_export(client, counted, communication):
    response = client.get(URL, {"semaine": WEEK, "type": "histoires", "export": "xlsx"})

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[0][0] == "Rang"
    assert rows[1][1:3] == ("Du banc au quai", "Histoires") and rows[1][4:] == (5, 1)
    assert len(rows) == 2


def test_only_people_allowed_see_the_report(client, counted, django_user_model):
    moderator = django_user_model.objects.create_user("sami", password="un-mot-de-passe-long")
    moderator.groups.add(Group.objects.get(name="Modérateurs"))
    client.force_login(moderator)

    assert client.get(URL).status_code in (302, 403)
