from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Actualités"

    def ready(self):
        from news import sections
        from portal.models.pages import HOME_SECTIONS

        HOME_SECTIONS.register("latest_news", sections.latest_news)
