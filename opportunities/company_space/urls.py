"""/espace-entreprise/: included once by portal/urls.py."""

from django.urls import path

import portal.converters  # noqa: F401 (registers <id:…>)
from opportunities.company_space import invitations, views

app_name = "company_space"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("inscription/", views.signup, name="signup"),
    path("inscription/envoyee/", views.signup_sent, name="signup_sent"),
    path("confirmer/<str:token>/", views.verify_email, name="verify_email"),
    path("confirmer-a-nouveau/", views.resend_verification, name="resend_verification"),
    path("en-attente/", views.pending, name="pending"),
    path("connexion/", views.CompanyLoginView.as_view(), name="login"),
    path("deconnexion/", views.CompanyLogoutView.as_view(), name="logout"),
    path("mot-de-passe/", views.CompanyPasswordResetView.as_view(), name="password_reset"),
    path("mot-de-passe/envoye/", views.CompanyPasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "mot-de-passe/<uidb64>/<token>/",
        views.CompanyPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("mot-de-passe/change/", views.CompanyPasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("collegues/", invitations.colleagues, name="colleagues"),
    path("invitation/<str:token>/", invitations.accept_invitation, name="accept_invitation"),
    path("offres/nouvelle/", views.offer_create, name="offer_create"),
    path("offres/<id:pk>/", views.offer_detail, name="offer_detail"),
    path("offres/<id:pk>/modifier/", views.offer_edit, name="offer_edit"),
    path("offres/<id:pk>/fermer/", views.offer_close, name="offer_close"),
    path("offres/<id:pk>/rouvrir/", views.offer_reopen, name="offer_reopen"),
    path("offres/<id:pk>/retirer/", views.offer_withdraw, name="offer_withdraw"),
    path("dates/<id:pk>/inscrits/", views.session_signups, name="session_signups"),
    path("dates/<id:pk>/inscrits.csv", views.session_signups_csv, name="session_signups_csv"),
    path("dates/<id:pk>/annuler/", views.session_cancel, name="session_cancel"),
    path("dates/<id:pk>/presences/", views.session_attendance, name="session_attendance"),
]
