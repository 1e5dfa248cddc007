"""Demo content of the agenda: events at demo partners of several territories, dated from today.

An event that already exists is left as it is, so running the demo again changes nothing.
"""

from django.utils import timezone

from opportunities.agenda.demo_data import events
from opportunities.agenda.event_page import EventPage
from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory
from opportunities.agenda.index_page import EventIndexPage
from opportunities.agenda.models import EventDateChange
from partners_directory.models import PartnerPage
from portal.models import HomePage


def load(report):
    index = load_index()
    if index is None:
        return
    partners = {partner.slug: partner for partner in PartnerPage.objects.all()}
    existing = set(EventPage.objects.values_list("slug", flat=True))
    for fields, changes in events(timezone.localdate()):
        if fields["slug"] in existing:
            continue
        fields = dict(fields)
        place = partners.get(fields.pop("place"))
        organiser = partners.get(fields.pop("organiser"))
        event = EventPageFactory(
            parent=index,
            place_partner=place,
            organiser=organiser,
            venue_name="",
            address="",
            postcode="",
            commune="",
            **fields,
        )
        for change in changes:
            EventDateChange.objects.create(page=event, **change)
        # A first revision, as if an editor had published it: the calendar files date it from there.
        event.save_revision().publish()


def load_index():
    index = EventIndexPage.objects.first()
    if index:
        return index
    home = HomePage.objects.first()
    if home is None:
        return None
    return EventIndexPageFactory(parent=home)
