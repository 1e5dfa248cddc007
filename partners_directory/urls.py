from django.urls import path

from partners_directory import api

urlpatterns = [
    path("api/partenaires.geojson", api.partners_geojson, name="partners_geojson"),
    path("api/data-inclusion/structures.json", api.data_inclusion_structures, name="data_inclusion_structures"),
    path("api/data-inclusion/services.json", api.data_inclusion_services, name="data_inclusion_services"),
]
