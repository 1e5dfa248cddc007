from django.urls import path

import portal.converters  # noqa: F401 (registers <id:…>)
from corrections import views

app_name = "corrections"

urlpatterns = [
    path("corriger/partenaire/<id:page_id>/", views.correct_partner, name="correct_partner"),
    path("signaler/offre/<id:page_id>/", views.report_offer, name="report_offer"),
]
