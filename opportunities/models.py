"""Every model of the app, for Django (which looks for them here) and for the other apps.

Each domain keeps its models in its own package: the sign-up engine (signups/), company offers
(offers/), the agenda's events (agenda/) and company accounts (company_space/). Code inside this
app imports the module that defines a model, never this one.
"""

from opportunities.agenda.models import *  # noqa: F403
from opportunities.company_space.models import *  # noqa: F403
from opportunities.offers.models import *  # noqa: F403
from opportunities.signups.models import *  # noqa: F403
