"""Company offers with their sessions (offers.py), the shared sign-up engine (signups.py),
and the agenda's events (events.py); company accounts of the company space (company.py)."""

from opportunities.offers.models import *  # noqa: F403
from opportunities.signups.models import *  # noqa: F403

from .company import *  # noqa: F403
from .events import *  # noqa: F403
