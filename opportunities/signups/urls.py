from django.urls import path

from opportunities.signups.views import cancel_signup, parent_consent

urlpatterns = [
    path("inscriptions/<str:token>/annuler/", cancel_signup, name="signup_cancel"),
    path("inscriptions/accord-parental/<str:token>/", parent_consent, name="signup_parent"),
]
