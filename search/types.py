"""The content types the site search returns, with their facet key and French label.

Every type's model must exist: a missing app is a wiring mistake that raises (LookupError).
"""

from dataclasses import dataclass, field

from django.apps import apps


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str
    model_label: str
    # Relations each result of this type displays, fetched in bulk.
    select_related: tuple = field(default_factory=tuple)

    @property
    def model(self):
        return apps.get_model(self.model_label)


SEARCH_TYPES = [
    SearchType("histoire", "Histoires", "stories.StoryPage", ("territory",)),
    # Offers and events load their next dates in bulk through `search_results_queryset`.
    SearchType("offre", "Offres", "opportunities.OfferPage"),
    SearchType("evenement", "Agenda", "opportunities.EventPage"),
    SearchType("partenaire", "Partenaires", "partners_directory.PartnerPage", ("territory",)),
    SearchType("actualite", "Actualités", "news.NewsPage", ("territory",)),
    SearchType("page", "Pages", "portal.StandardPage"),
]


def available_types():
    return list(SEARCH_TYPES)


def type_for_key(key):
    return next((search_type for search_type in available_types() if search_type.key == key), None)


def type_for_model(model):
    return next((search_type for search_type in available_types() if search_type.model is model), None)
