from django.urls import path

from newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("lettre/confirmer/<str:token>/", views.confirm, name="confirm"),
    path("lettre/desinscription/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
