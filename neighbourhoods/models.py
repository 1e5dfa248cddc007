"""Every model of the app, for Django and for the other apps."""

from neighbourhoods.boosters import Booster
from neighbourhoods.help_requests import Channel, HelpRequest, HelpRequestNote, LookingFor
from neighbourhoods.index_page import NeighbourhoodIndexPage

__all__ = ["Booster", "Channel", "HelpRequest", "HelpRequestNote", "LookingFor", "NeighbourhoodIndexPage"]
