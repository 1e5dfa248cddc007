"""/admin/pilotage/: who may see it, what it shows, and its exports read back by real parsers."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group
from openpyxl import load_workbook

from portal import groups
from steering.models import ProgrammeSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("admin_templates")]
URL = "/admin/pilotage/"
PERSONAL = re.compile(r"@|\+33|\b0[1-9](?:[ .]?\d{2}){4}\b|Martin|Léa\b")


def member(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username=username, password="x", email=f"{username}@impact.example")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.parametrize("group_name", [groups.MODERATORS, groups.COMMUNICATION, groups.STEERING])
def test_steering_groups_see_the_dashboard_and_its_menu(client, programme, django_user_model, group_name):
    client.force_login(member(django_user_model, group_name, "staff"))
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Indicateurs par territoire" in html and "Lauriers" in html
    assert 'name="du" value="2025-01-01"' in html  # the filters show the programme's period
    assert "/admin/pilotage/" in client.get("/admin/").content.decode()  # the sidebar menu


def test_editors_and_anonymous_are_refused(client, programme, django_user_model):
    assert client.get(URL).status_code == 302  # to the log-in page
    assert client.get(URL + "?export=territoires&format=csv").status_code == 302
    client.force_login(member(django_user_model, groups.EDITORS, "editor"))
    assert client.get(URL).status_code in (302, 403)
    assert client.get(URL + "?export=territoires&format=csv").status_code in (302, 403)
    assert "/admin/pilotage/" not in client.get("/admin/").content.decode()


def test_pilotage_group_is_read_only(programme, django_user_model):
    user = member(django_user_model, groups.STEERING, "reader")
    assert user.has_perm("steering.view_steering")
    assert not user.has_perm("steering.change_programmesettings")
    assert not any(p.startswith(("wagtailcore.", "portal.")) for p in user.get_all_permissions())


def test_filters_by_territory_and_period(client, programme, django_user_model):
    client.force_login(member(django_user_model, groups.STEERING, "reader"))
    html = client.get(URL, {"territoire": programme["arles"].slug, "du": "2025-01-01", "au": "2025-04-30"}).content
    html = html.decode()
    assert "Trébon" in html and '<th scope="row">Lauriers</th>' not in html
    assert "2025-04" in html and "2025-05" not in html


def test_bad_filters_fall_back_to_the_whole_programme_with_a_message(client, programme, django_user_model):
    client.force_login(member(django_user_model, groups.STEERING, "reader"))
    response = client.get(URL, {"du": "2025-06-01", "au": "2025-01-01", "territoire": "nulle-part"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<p class="error-message" id="id_au_error">La date de fin doit venir après la date de début.</p>' in html
    assert 'aria-describedby="id_au_error"' in html


@pytest.fixture
def reader(client, programme, django_user_model):
    client.force_login(member(django_user_model, groups.STEERING, "reader"))
    return client


@pytest.mark.parametrize("table", ["indicateurs", "territoires", "mois", "offres", "partenaires", "histoires"])
def test_every_table_exports_as_csv_and_xlsx_without_personal_data(reader, table):
    response = reader.get(URL, {"export": table, "format": "csv", "du": "2025-01-01", "au": "2025-12-31"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0].startswith("Impact Jeunes — du 01/01/2025 au 31/12/2025")
    assert len(rows) > 2
    assert not PERSONAL.search(response.content.decode("utf-8-sig"))

    response = reader.get(URL, {"export": table, "format": "xlsx", "du": "2025-01-01", "au": "2025-12-31"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[1] == rows[1]  # same headers
    assert not PERSONAL.search(" ".join(str(cell) for row in values for cell in row if cell is not None))


def test_territory_export_holds_the_counts(reader, programme):
    response = reader.get(URL, {"export": "territoires", "format": "xlsx", "du": "2025-01-01", "au": "2025-12-31"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[1])
    lauriers = next(row for row in rows if row[0] == "Lauriers")
    assert lauriers[header.index("collégiens connectés au monde de l'entreprise")] == 2
    assert lauriers[header.index("jeunes en parcours d'insertion")] == 0


def test_offers_table_gives_the_fill_rate(reader):
    response = reader.get(URL, {"export": "offres", "format": "csv", "du": "2025-01-01", "au": "2025-12-31"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    stage = next(row for row in rows if row[0] == "Stage d'observation de 3e")
    # 3 seats: Ana, Bilal and the one signed up before the period hold them; Chloé waits.
    assert stage[1:] == ["1", "1", "3", "3", "1", "0", "100"]


def test_unknown_export_is_a_404(reader):
    assert reader.get(URL, {"export": "personnes", "format": "csv"}).status_code == 404
    assert reader.get(URL, {"export": "offres", "format": "pdf"}).status_code == 404


def test_dashboard_stays_under_its_query_budget(reader, django_assert_max_num_queries):
    with django_assert_max_num_queries(22):  # every indicator in one query by territory, one by month
        assert reader.get(URL).status_code == 200


def test_communication_edits_targets_and_history_is_kept(client, programme, django_user_model, admin_templates):
    client.force_login(member(django_user_model, groups.COMMUNICATION, "comm"))
    settings = programme["settings"]
    url = f"/admin/settings/steering/programmesettings/{settings.site_id}/"
    form = client.get(url)
    assert form.status_code == 200
    data = {
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "association_kinds": ["association", "pij"],
        **{f"{key}_label": ProgrammeSettings._meta.get_field(f"{key}_label").default for key in _keys()},
        **{f"{key}_target": 10 for key in _keys()},
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    settings.refresh_from_db()
    assert settings.collegiens_target == 10 and settings.association_kinds == ["association", "pij"]
    assert settings.revisions.count() == 1
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(action="wagtail.edit", user__username="comm").exists()


def _keys():
    from steering.models import INDICATOR_DEFAULTS

    return list(INDICATOR_DEFAULTS)
