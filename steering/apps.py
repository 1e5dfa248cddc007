from django.apps import AppConfig


class SteeringConfig(AppConfig):
    name = "steering"
    verbose_name = "Pilotage du programme"

    def ready(self):
        from portal.models.pages import HOME_SECTIONS
        from steering import home

        HOME_SECTIONS.register("key_figures", home.key_figures)
