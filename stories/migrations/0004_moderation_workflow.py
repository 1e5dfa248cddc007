"""The "Modération des histoires" workflow (a StoryReviewTask by Modérateurs) and the moderators' rights
on contributions and reports. The workflow is assigned to the story index when it exists;
stories.contributions.workflow.story_workflow() does the same at run time for a new site."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Modération des histoires"
TASK_NAME = "Relecture par les modérateurs"
MODERATOR_PERMISSIONS = [
    "view_contribution",
    "change_contribution",
    "erase_contribution",
    "view_storyreport",
    "change_storyreport",
]


def create_workflow(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    StoryReviewTask = apps.get_model("stories", "StoryReviewTask")
    StoryIndexPage = apps.get_model("stories", "StoryIndexPage")

    moderators, _ = Group.objects.get_or_create(name="Modérateurs")
    for codename in MODERATOR_PERMISSIONS:
        moderators.permissions.add(Permission.objects.get(content_type__app_label="stories", codename=codename))

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = StoryReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="stories", model="storyreviewtask")
        task = StoryReviewTask.objects.create(name=TASK_NAME, active=True, content_type=task_type)
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in StoryIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=index.pk, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_story_review_task"),
        ("portal", "0002_editor_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
