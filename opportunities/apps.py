from django.apps import AppConfig


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = "Offres et agenda"

    def ready(self):
        from opportunities.company_space import signals  # noqa: F401
        from opportunities.offers import publishing

        publishing.connect()
