from opportunities.urls_agenda import urlpatterns as agenda_urlpatterns
from opportunities.urls_offers import urlpatterns as offer_urlpatterns

urlpatterns = offer_urlpatterns + agenda_urlpatterns
