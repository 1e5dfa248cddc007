from django.apps import AppConfig


class SteeringConfig(AppConfig):
    name = "steering"
    verbose_name = "Pilotage du programme"

    def ready(self):
        from portal import page_cache
        from portal.models.pages import HOME_SECTIONS
        from steering import figures, home

        HOME_SECTIONS.register("key_figures", home.key_figures)
        page_cache.after_seats_change(figures.refresh_after_seats_change)
