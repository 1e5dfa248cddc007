from opportunities.agenda.urls import urlpatterns as agenda_urlpatterns
from opportunities.signups.urls import urlpatterns as signup_urlpatterns

urlpatterns = signup_urlpatterns + agenda_urlpatterns
