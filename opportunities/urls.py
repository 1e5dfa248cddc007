from django.urls import path

from opportunities.agenda.urls import urlpatterns as agenda_urlpatterns
from opportunities.company_space.join import join
from opportunities.signups.urls import urlpatterns as signup_urlpatterns

urlpatterns = signup_urlpatterns + agenda_urlpatterns + [path("entreprises/", join, name="company_join")]
