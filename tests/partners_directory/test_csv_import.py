import io

import pytest
from django.core.management import CommandError, call_command

from partners_directory.models import PartnerPage

pytestmark = pytest.mark.django_db

HEADER = "nom;type;territoire;adresse;code_postal;commune;latitude;longitude;thematiques;publics\n"
GOOD = (
    "Mission locale Nord;Mission locale;{territory};12 avenue de Saint-Just;13013;Marseille;43,3251;5.4052;"
    "Trouver sa formation|se-former--monter-son-dossier-de-formation;jeunes\n"
    "Atelier du Port;association;;;13002;Marseille;;;;\n"
)


def run(tmp_path, text):
    path = tmp_path / "partenaires.csv"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("import_partners_csv", str(path), stdout=out)
    return out.getvalue()


def test_csv_rows_become_published_partners_and_reimport_updates(partner_index, territory, tmp_path):
    text = "\ufeff" + HEADER + GOOD.format(territory=territory.slug)
    assert "2 partenaire(s) créé(s), 0 mis à jour." in run(tmp_path, text)
    partner = PartnerPage.objects.get(slug="mission-locale-nord")
    assert partner.live and partner.kind == "mission_locale" and partner.territory == territory
    assert str(partner.latitude) == "43.325100"
    # Stored in the vocabulary's order, whatever the order in the file.
    assert partner.themes == ["se-former--monter-son-dossier-de-formation", "se-former--trouver-sa-formation"]
    assert "0 partenaire(s) créé(s), 2 mis à jour." in run(tmp_path, text.replace("12 avenue", "14 avenue"))
    assert PartnerPage.objects.count() == 2
    assert PartnerPage.objects.get(slug="mission-locale-nord").address == "14 avenue de Saint-Just"


def test_every_bad_row_is_reported_and_nothing_is_imported(partner_index, territory, tmp_path):
    text = (
        HEADER
        + GOOD.format(territory=territory.slug)
        + "Sans type;;;;;;;;;\n"
        + "Trop loin;association;;;1300;Marseille;95;5.4;;\n"
        + "Mauvais choix;club;nulle-part;;;;;;pas-une-thematique;\n"
    )
    with pytest.raises(CommandError) as error:
        run(tmp_path, text)
    message = str(error.value)
    assert "rien n'a été enregistré" in message
    assert "Ligne 4 : « type » est vide." in message
    assert (
        "Ligne 5 : le code postal doit avoir 5 chiffres ; la latitude doit être comprise entre -90 et 90." in message
    )
    assert "Ligne 6 : type « club » inconnu ; territoire « nulle-part » inconnu ; thématique inconnu(s)" in message
    assert "Ligne 2" not in message and "Ligne 3" not in message
    assert not PartnerPage.objects.exists()


def test_missing_columns_and_wrong_encoding_are_explained(partner_index, tmp_path):
    with pytest.raises(CommandError, match="colonne\\(s\\) obligatoire\\(s\\) absente\\(s\\) : type"):
        run(tmp_path, "nom;commune\nAsso;Marseille\n")
    path = tmp_path / "latin1.csv"
    path.write_bytes("nom;type\nCentre social Malpassé;association\n".encode("latin-1"))
    with pytest.raises(CommandError, match="UTF-8"):
        call_command("import_partners_csv", str(path))
