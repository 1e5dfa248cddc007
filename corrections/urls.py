from django.urls import path

from corrections import views

app_name = "corrections"

urlpatterns = [
    path("corriger/partenaire/<int:page_id>/", views.correct_partner, name="correct_partner"),
    path("signaler/offre/<int:page_id>/", views.report_offer, name="report_offer"),
]
