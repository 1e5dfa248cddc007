from django.apps import AppConfig


class NeighbourhoodsConfig(AppConfig):
    name = "neighbourhoods"
    verbose_name = "Quartiers et demandes d'aide"

    def ready(self):
        from neighbourhoods import sections
        from portal.models.pages import HOME_SECTIONS

        HOME_SECTIONS.register("neighbourhoods", sections.home_neighbourhoods)
