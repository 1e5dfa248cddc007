"""The Modérateurs may list and inspect sign-ups in the admin (read only: see opportunities/signups/wagtail_hooks.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _ = Group.objects.get_or_create(name="Modérateurs")
    moderators.permissions.add(Permission.objects.get(content_type__app_label="opportunities", codename="view_signup"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Modérateurs"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="opportunities", codename="view_signup"))


class Migration(migrations.Migration):
    dependencies = [("opportunities", "0004_offer_moderation_workflow")]

    operations = [migrations.RunPython(grant, revoke)]
