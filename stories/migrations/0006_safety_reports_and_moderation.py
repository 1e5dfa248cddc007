"""Contributed stories held by construction (issue 14).

- Only the Modérateurs may delete a contributed story or see its photo before the consents are in:
  a new permission, given to them here. Éditeurs and Communication keep their page rights on the
  stories the staff write, but stories.consent.publication narrows them on contributed ones
  (no publishing outside the workflow, no deleting, no copying, no opening before the consents).
- Readers' reports keep a keyed hash of the reporter's session and address, to count distinct reporters.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

NARROWED_GROUPS = ["Éditeurs", "Communication"]


def grant_moderators(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="stories", codename="moderate_contributed_story")
    Group.objects.get_or_create(name="Modérateurs")[0].permissions.add(permission)
    # Whoever may have been given it by hand outside the moderators loses it.
    for group in Group.objects.filter(name__in=NARROWED_GROUPS):
        group.permissions.remove(permission)


def ungrant_moderators(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="stories", codename="moderate_contributed_story").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0005_reuse_consents"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="contribution",
            options={
                "ordering": ["-created_at"],
                "permissions": [
                    ("erase_contribution", "Peut effacer les données personnelles d'une contribution"),
                    (
                        "moderate_contributed_story",
                        "Peut supprimer une histoire envoyée par un jeune et voir sa photo avant les accords",
                    ),
                ],
                "verbose_name": "contribution",
            },
        ),
        migrations.AddField(
            model_name="storyreport",
            name="reporter_address",
            field=models.CharField(blank=True, editable=False, max_length=32),
        ),
        migrations.AddField(
            model_name="storyreport",
            name="reporter_session",
            field=models.CharField(blank=True, editable=False, max_length=32),
        ),
        migrations.RunPython(grant_moderators, ungrant_moderators),
    ]
