from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Histoires"

    def ready(self):
        from stories.contributions import signal_handlers  # noqa: F401
