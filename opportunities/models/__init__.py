"""Company offers with their sessions and sign-ups (offers.py), and the agenda's events (events.py)."""

from .events import *  # noqa: F403
from .offers import *  # noqa: F403
