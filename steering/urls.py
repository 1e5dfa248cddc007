from django.urls import path

from steering import public

app_name = "steering"

urlpatterns = [path("le-programme/chiffres/", public.programme_figures, name="programme_figures")]
