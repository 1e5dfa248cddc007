"""The QPV names of the programme's sites (seed 000, "Territoire"), on databases that already hold them.

The official ANCT codes are not in the programme's documents: they are left blank for the team to
fill in from the ANCT reference (sig.ville.gouv.fr) rather than guessed. Literal copy: migrations do
not change when portal/demo_data.py does.
"""

from django.db import migrations

QPV_NAMES = {
    "ferrages-centre-ville": "Ferrages + centre-ville (Tarascon)",
    "lauriers-oliviers-malpasse": "Lauriers + Oliviers A / Malpassé (Marseille 13013)",
    "felix-pyat-saint-mauront": "Félix Pyat / Saint-Mauront (Marseille 13003)",
    "trebon": "Trébon (Arles)",
    "chateaurenard": "Châteaurenard",
    "consolat": "Consolat (Marseille 13015)",
    "belsunce": "Belsunce (Marseille 13001)",
    "la-rose": "La Rose (Marseille 13013)",
}


def name_qpvs(apps, schema_editor):
    Territory = apps.get_model("portal", "Territory")
    for slug, name in QPV_NAMES.items():
        Territory.objects.filter(slug=slug, qpv_name="").update(qpv_name=name)


class Migration(migrations.Migration):
    dependencies = [("portal", "0005_territory_qpv_name")]

    operations = [migrations.RunPython(name_qpvs, migrations.RunPython.noop)]
