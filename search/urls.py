from django.urls import path

from search import views

app_name = "search"

urlpatterns = [
    path("recherche/", views.search, name="search"),
    path("recherche/autocomplete/", views.autocomplete, name="autocomplete"),
]
