"""The three staff groups of the programme, with the permissions their names promise.

- Éditeurs: write, publish and organise pages, images and documents; territories.
- Modérateurs: review and publish what the public and companies send; they are the
  reviewers of the moderation workflows added by later migrations.
- Communication: everything editors do, plus site settings, search promotions and
  redirects.

Later apps add the permissions of their own models to these groups in their migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Éditeurs", "Modérateurs", "Communication"]

PAGE_PERMISSIONS = {
    "Éditeurs": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Modérateurs": ["change_page", "publish_page", "lock_page", "unlock_page"],
    "Communication": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}

COLLECTION_PERMISSIONS = {
    "Éditeurs": ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    "Modérateurs": ["change_image", "choose_image", "choose_document"],
    "Communication": [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
}

MODEL_PERMISSIONS = {
    "Éditeurs": [
        ("wagtailadmin", "access_admin"),
        ("portal", "add_territory"),
        ("portal", "change_territory"),
        ("portal", "view_territory"),
    ],
    "Modérateurs": [("wagtailadmin", "access_admin"), ("portal", "view_territory")],
    "Communication": [
        ("wagtailadmin", "access_admin"),
        ("portal", "add_territory"),
        ("portal", "change_territory"),
        ("portal", "view_territory"),
        ("portal", "change_siteidentitysettings"),
        ("wagtailsearchpromotions", "add_searchpromotion"),
        ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
    ],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so
    # that a fresh database gets complete groups.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        if root_page:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
                )
        if root_collection:
            for codename in COLLECTION_PERMISSIONS[name]:
                app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
                )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
