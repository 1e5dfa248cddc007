"""Admin widget: a small map under the latitude field; a click sets latitude and longitude."""

from django import forms
from django.conf import settings


class MapPointWidget(forms.NumberInput):
    template_name = "partners_directory/widgets/map_point.html"

    def __init__(self, attrs=None):
        super().__init__(attrs={"step": "0.000001", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["map"] = {"tiles_url": settings.MAP_TILES_URL, "attribution": settings.MAP_ATTRIBUTION}
        return context

    @property
    def media(self):
        return forms.Media(
            css={"all": ["vendor/leaflet/leaflet.css"]},
            js=["vendor/leaflet/leaflet.js", "js/partners-admin.js"],
        )
