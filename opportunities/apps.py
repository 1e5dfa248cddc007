from django.apps import AppConfig


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = "Offres et agenda"

    def ready(self):
        from opportunities.agenda import sections as agenda_sections
        from opportunities.company_space import signals  # noqa: F401  (e-mails when an offer is reviewed)
        from opportunities.offers import publishing
        from opportunities.offers import sections as offer_sections
        from opportunities.signups import counting
        from partners_directory.partner_page import PARTNER_SECTIONS
        from portal import figures
        from portal.models.pages import HOME_SECTIONS

        publishing.connect()
        figures.register_counter("collegiens", counting.collegiens)
        HOME_SECTIONS.register("next_offers", offer_sections.next_offers)
        HOME_SECTIONS.register("next_events", agenda_sections.next_events)
        PARTNER_SECTIONS.register("next_offers", offer_sections.for_partner)
        PARTNER_SECTIONS.register("next_dates", agenda_sections.for_partner)
