from django.urls import path

from newsletter import link_views

app_name = "newsletter"

urlpatterns = [
    path("lettre/confirmer/<str:token>/", link_views.confirm, name="confirm"),
    path("lettre/desinscription/<str:token>/", link_views.unsubscribe, name="unsubscribe"),
]
