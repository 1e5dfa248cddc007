"""The demo history gives every territory figures a committee would recognise, once."""

import pytest

from opportunities.signups.models import SignUp
from steering import demo, indicators
from steering.scope import Scope

pytestmark = pytest.mark.django_db


def test_demo_history_fills_the_figures_by_territory_and_is_loaded_once(programme):
    demo.load(lambda line: None)
    settings = programme["settings"]
    scope = Scope(settings.period_start, settings.period_end)
    reached = indicators.young_people(scope, by="territory")
    assert reached[programme["north"].pk] > reached[programme["arles"].pk] > 10  # pilot sites reach more
    rows = SignUp.objects.count()
    demo.load(lambda line: None)
    assert SignUp.objects.count() == rows
