"""Every model of the app, for Django (which looks for them here) and for the other apps.

Each domain keeps its models in its own package: the sign-up engine (signups/), company offers
(offers/), the agenda's events (agenda/) and company accounts (company_space/); a page type has a
module of its own (`offer_page.py`, `index_page.py`…) because it routes to views that read the
other models. Code inside this app imports the module that defines a model, never this one.
"""

from opportunities.agenda.event_page import EventPage
from opportunities.agenda.index_page import EventIndexPage
from opportunities.agenda.models import EventCategory, EventDateChange, EventOccurrence
from opportunities.agenda.stored_dates import EventDate
from opportunities.company_space.models import CompanyAccount, CompanyAccountStatus
from opportunities.offers.index_page import OfferIndexPage
from opportunities.offers.models import OfferSession, OfferStatus, OfferType
from opportunities.offers.offer_page import OfferPage
from opportunities.signups.models import Bookable, BookableQuerySet, SignUp, SignUpStatus

__all__ = [
    "Bookable",
    "BookableQuerySet",
    "CompanyAccount",
    "CompanyAccountStatus",
    "EventCategory",
    "EventDate",
    "EventDateChange",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "OfferIndexPage",
    "OfferPage",
    "OfferSession",
    "OfferStatus",
    "OfferType",
    "SignUp",
    "SignUpStatus",
]
