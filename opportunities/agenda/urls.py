"""iCalendar files of the agenda (their dotted names are outside Wagtail's page URLs)."""

from django.urls import path

from opportunities.agenda.feeds import event_ics_view, feed_view, session_ics_view

urlpatterns = [
    path("agenda/agenda.ics", feed_view, name="agenda_feed"),
    path("agenda/<slug:slug>/evenement.ics", event_ics_view, name="agenda_event_ics"),
    path("offres/<slug:slug>/seance-<int:session_id>.ics", session_ics_view, name="offer_session_ics"),
]
