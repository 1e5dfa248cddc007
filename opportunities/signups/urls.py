from django.urls import path

from opportunities.signups.views import cancel_signup

urlpatterns = [
    path("inscriptions/<str:token>/annuler/", cancel_signup, name="signup_cancel"),
]
