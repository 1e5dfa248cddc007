"""The read-only group "Pilotage", and who sees the steering dashboard and edits the programme's targets.

- Pilotage: the admin, the dashboard /admin/pilotage/ and its exports; nothing else.
- Modérateurs: the dashboard too.
- Communication: the dashboard, and the programme's settings (targets, labels, period, association kinds).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "Pilotage": [("wagtailadmin", "access_admin"), ("steering", "view_steering")],
    "Modérateurs": [("steering", "view_steering")],
    "Communication": [("steering", "view_steering"), ("steering", "change_programmesettings")],
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name="Pilotage").delete()
    Permission = apps.get_model("auth", "Permission")
    for name in ("Modérateurs", "Communication"):
        group = Group.objects.filter(name=name).first()
        if group:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label="steering"))


class Migration(migrations.Migration):
    dependencies = [
        ("steering", "0001_programme_settings"),
        ("portal", "0002_editor_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
