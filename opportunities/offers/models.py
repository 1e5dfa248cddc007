"""The offers' models, while they are split by page type (see offer_page.py)."""

from opportunities.offers.offer_page import *  # noqa: F403
from opportunities.offers.offer_page import upcoming_q  # noqa: F401
