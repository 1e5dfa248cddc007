from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portail"

    def ready(self):
        from portal import page_cache  # noqa: F401  (connects the cache invalidation signals)
