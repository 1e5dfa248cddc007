"""The "Modération des offres" workflow on the offer index, and the Modérateurs' rights on company accounts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Modération des offres"
TASK_NAME = "Validation par les modérateurs"
MODERATORS_GROUP = "Modérateurs"
ACCOUNT_PERMISSIONS = ["view_companyaccount", "change_companyaccount"]


def create_workflow(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    OfferIndexPage = apps.get_model("opportunities", "OfferIndexPage")

    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    for codename in ACCOUNT_PERMISSIONS:
        moderators.permissions.add(
            Permission.objects.get(content_type__app_label="opportunities", codename=codename)
        )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in OfferIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=index.pk, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0003_company_accounts"),
        ("portal", "0002_editor_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
