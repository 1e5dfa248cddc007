from opportunities.signups.urls import urlpatterns as signup_urlpatterns
from opportunities.urls_agenda import urlpatterns as agenda_urlpatterns

urlpatterns = signup_urlpatterns + agenda_urlpatterns
