from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portail"

    def ready(self):
        from portal import og_image, page_cache  # noqa: F401  (connect their signal receivers)
