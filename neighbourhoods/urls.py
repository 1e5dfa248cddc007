from django.urls import path

from neighbourhoods import views

app_name = "neighbourhoods"

urlpatterns = [
    path("besoin-d-aide/", views.ask_for_help, name="ask_for_help"),
    path("besoin-d-aide/merci/", views.thanks, name="help_thanks"),
    path("besoin-d-aide/accord/<str:token>/", views.parent_agreement, name="parent_agreement"),
]
