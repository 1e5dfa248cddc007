from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Histoires"

    def ready(self):
        from partners_directory.partner_page import PARTNER_SECTIONS
        from portal.models.pages import HOME_SECTIONS
        from stories import sections
        from stories.contributions import signal_handlers  # noqa: F401  (moderation decisions, withdrawals)

        HOME_SECTIONS.register("featured_stories", sections.featured_stories)
        PARTNER_SECTIONS.register("stories", sections.for_partner)
