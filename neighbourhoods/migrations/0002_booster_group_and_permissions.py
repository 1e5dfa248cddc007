"""The Boosters group, and who may see requests for help and edit boosters.

Boosters see and follow up their territories' requests (the territory is checked by the views,
neighbourhoods.help_requests.HelpRequestQuerySet.visible_to); moderators see every territory's.
Communication and Éditeurs never see requests; they keep the boosters' public cards up to date.
"""

from django.db import migrations

APP_LABEL = "neighbourhoods"
# Literal copies: a migration must not change when portal/groups.py does.
GROUP_PERMISSIONS = {
    "Boosters": ["view_helprequest", "change_helprequest", "erase_helprequest", "view_booster"],
    "Modérateurs": [
        "view_helprequest",
        "change_helprequest",
        "erase_helprequest",
        "see_all_help_requests",
        "view_booster",
        "add_booster",
        "change_booster",
        "delete_booster",
    ],
    "Éditeurs": ["view_booster", "add_booster", "change_booster"],
    "Communication": ["view_booster", "add_booster", "change_booster"],
}


def grant_permissions(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    boosters, _ = Group.objects.get_or_create(name="Boosters")
    boosters.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            group.permissions.add(Permission.objects.get(content_type__app_label=APP_LABEL, codename=codename))


def revoke_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=APP_LABEL, codename__in=codenames)
            )
    Group.objects.filter(name="Boosters").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("neighbourhoods", "0001_help_requests_and_boosters"),
        ("portal", "0002_editor_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant_permissions, revoke_permissions)]
