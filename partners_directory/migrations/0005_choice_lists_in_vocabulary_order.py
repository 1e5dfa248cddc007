"""Partners' and services' vocabulary lists stored in the vocabulary's order (fields.ChoiceListField)."""

from django.db import migrations

FIELDS = {
    "PartnerPage": ("themes", "publics", "networks"),
    "PartnerService": ("themes", "publics", "reception_modes"),
}


def reorder(apps, schema_editor):
    from partners_directory.fields import in_vocabulary_order

    for model_name, field_names in FIELDS.items():
        model = apps.get_model("partners_directory", model_name)
        choices = {name: model._meta.get_field(name).choices_list for name in field_names}
        changed = []
        for row in model.objects.only("pk", *field_names).iterator(chunk_size=1000):
            before = [getattr(row, name) for name in field_names]
            for name in field_names:
                value = getattr(row, name)
                if isinstance(value, list):
                    setattr(row, name, in_vocabulary_order(value, choices[name]))
            if [getattr(row, name) for name in field_names] != before:
                changed.append(row)
        model.objects.bulk_update(changed, field_names, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("partners_directory", "0004_partner_position_index")]

    operations = [migrations.RunPython(reorder, migrations.RunPython.noop)]
