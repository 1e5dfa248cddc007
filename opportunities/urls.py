from opportunities.signups.urls import urlpatterns as signup_urlpatterns
from opportunities.urls_agenda import urlpatterns as agenda_urlpatterns
from opportunities.urls_offers import urlpatterns as offer_urlpatterns

urlpatterns = signup_urlpatterns + offer_urlpatterns + agenda_urlpatterns
