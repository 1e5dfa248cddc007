"""The agenda's models, while they are split by page type (see event_page.py)."""

from opportunities.agenda.event_page import *  # noqa: F403
from opportunities.agenda.event_page import SIGNUP_KEY_FORMAT  # noqa: F401
