import io
import json

import pytest
from data_inclusion.schema import v1
from django.core.management import CommandError, call_command

from partners_directory.factories import PartnerPageFactory, PartnerServiceFactory
from partners_directory.models import PartnerPage, PartnerService

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(partner_index, territory):
    ml = PartnerPageFactory(
        parent=partner_index,
        title="Mission locale Nord",
        kind="mission_locale",
        territory=territory,
        summary="Accueil des 16-25 ans.",
        description="<p>Un conseiller <b>pour toi</b>.</p><p>Sans rendez-vous.</p>",
        phone="04 65 71 12 34",
        email="ml-nord@impact-jeunes.example",
        website="https://ml-nord.impact-jeunes.example/",
        opening_hours="Mo-Fr 09:00-12:00",
        accessibility_url="https://acceslibre.beta.gouv.fr/app/13-marseille/a/mission-locale/erp/ml-nord/",
        networks=["mission-locale"],
    )
    PartnerServiceFactory(partner=ml, name="Atelier CV", service_type="atelier", publics=["jeunes"])
    PartnerServiceFactory(partner=ml, name="Accueil", description="", service_type="", themes=[], publics=[])
    company = PartnerPageFactory(parent=partner_index, title="Batimed Construction", kind="company", summary="")
    draft = PartnerPageFactory(parent=partner_index, title="Brouillon", live=False)
    return ml, company, draft


def export(client):
    return client.get("/api/data-inclusion/structures.json").json(), client.get(
        "/api/data-inclusion/services.json"
    ).json()


def test_exports_validate_against_the_data_inclusion_models(client, partners):
    structures, services = export(client)
    assert sorted(item["nom"] for item in structures) == ["Batimed Construction", "Mission locale Nord"]
    for item in structures:
        v1.Structure.model_validate(item, context={"ignore_warnings": False})
    assert len(services) == 2
    for item in services:
        v1.Service.model_validate(item, context={"ignore_warnings": False})
    ml = next(item for item in structures if item["nom"] == "Mission locale Nord")
    assert ml["reseaux_porteurs"] == ["mission-locale"]
    assert ml["description"] == "Accueil des 16-25 ans.\n\nUn conseiller pour toi.\n\nSans rendez-vous."
    assert ml["latitude"] == 43.3295 and ml["longitude"] == 5.418


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def comparable(items):
    return sorted(({k: v for k, v in item.items() if k not in {"date_maj"}} for item in items), key=lambda i: i["id"])


def test_round_trip_into_an_empty_directory_gives_the_same_partners(client, partners, tmp_path):
    structures, services = export(client)
    files = [write(tmp_path, "structures.json", structures), write(tmp_path, "services.json", services)]
    for page in PartnerPage.objects.all():
        page.delete()
    out = io.StringIO()
    call_command("import_data_inclusion", *files, stdout=out)
    assert "Structures : 2 créée(s), 0 mise(s) à jour. Services : 2 créé(s), 0 mis à jour." in out.getvalue()
    again_structures, again_services = export(client)
    assert comparable(again_structures) == comparable(structures)
    assert comparable(again_services) == comparable(services)
    assert PartnerPage.objects.get(title="Batimed Construction").kind == "company"


def test_import_twice_updates_without_duplicating(client, partners, tmp_path):
    structures, services = export(client)
    structures[0]["telephone"] = "04 65 71 99 99"
    services[0]["nom"] = "Atelier CV et lettre"
    files = [write(tmp_path, "structures.json", structures), write(tmp_path, "services.json", services)]
    for _ in range(2):
        out = io.StringIO()
        call_command("import_data_inclusion", *files, stdout=out)
        assert "Structures : 0 créée(s), 2 mise(s) à jour. Services : 0 créé(s), 2 mis à jour." in out.getvalue()
    assert PartnerPage.objects.count() == 3
    assert PartnerService.objects.count() == 2
    assert PartnerPage.objects.get(title="Mission locale Nord").phone == "04 65 71 99 99"
    assert PartnerService.objects.filter(name="Atelier CV et lettre").count() == 1


def test_foreign_ids_are_kept_for_the_next_import(partner_index, tmp_path):
    structure = {
        "source": "dora",
        "id": "dora--42",
        "nom": "Centre social Les Lauriers",
        "date_maj": "2025-02-14",
        "code_postal": "13013",
        "commune": "Marseille",
        "latitude": 43.33,
        "longitude": 5.42,
        "reseaux_porteurs": ["fcsf"],
    }
    service = {
        "source": "dora",
        "structure_id": "dora--42",
        "id": "dora--s-1",
        "nom": "Aide aux devoirs",
        "description": "Pour les collégiens, après les cours.",
        "date_maj": "2025-02-14",
        "publics": ["jeunes"],
    }
    path = write(tmp_path, "dora.json", {"structures": [structure], "services": [service]})
    call_command("import_data_inclusion", path, stdout=io.StringIO())
    call_command("import_data_inclusion", path, stdout=io.StringIO())
    page = PartnerPage.objects.get(source_id="dora--42")
    assert page.live and page.kind == "association" and page.summary == ""
    assert page.services.get().source_id == "dora--s-1"


def test_bad_items_are_reported_and_nothing_is_imported(partner_index, tmp_path):
    good = {"source": "x", "id": "x--1", "nom": "Bonne structure", "date_maj": "2025-01-01"}
    bad = {"source": "x", "id": "x--2", "nom": "AB", "date_maj": "2025-01-01", "code_postal": "123"}
    path = write(tmp_path, "bad.json", [good, bad])
    with pytest.raises(CommandError) as error:
        call_command("import_data_inclusion", path)
    message = str(error.value)
    assert "rien n'a été enregistré" in message
    assert "Structure n° 2 (id « x--2 ») : champ « nom »" in message
    assert "champ « code_postal »" in message
    assert not PartnerPage.objects.exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{pas du json", "n'est pas du JSON valide (ligne 1"),
        ('{"autre": 1}', "une liste de structures ou de services"),
        (
            '[{"source": "x", "structure_id": "inconnue", "id": "s", "nom": "Atelier", "description": "Un atelier.", '
            '"date_maj": "2025-01-01"}]',
            "la structure « inconnue » est inconnue",
        ),
    ],
)
def test_bad_files_get_a_clear_french_error(partner_index, tmp_path, content, expected):
    path = tmp_path / "fichier.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_data_inclusion", str(path))
    assert expected in str(error.value)


def test_missing_file(partner_index):
    with pytest.raises(CommandError, match="Fichier introuvable"):
        call_command("import_data_inclusion", "/nulle/part.json")


def test_values_the_site_cannot_store_are_reported_and_nothing_is_imported(partner_index, tmp_path):
    good = {"source": "x", "id": "x--1", "nom": "Bonne structure", "date_maj": "2025-01-01"}
    far = {"source": "x", "id": "x--2", "nom": "Structure perdue", "date_maj": "2025-01-01", "latitude": 95.0}
    with pytest.raises(CommandError) as error:
        call_command("import_data_inclusion", write(tmp_path, "far.json", [good, far]))
    assert "Structure « x--2 »" in str(error.value) and "latitude" in str(error.value)
    assert not PartnerPage.objects.exists()
