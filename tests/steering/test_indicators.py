"""Each indicator's definition, pinned on the hand-built programme of conftest.py."""

import datetime

import pytest

from steering import indicators
from steering.scope import Scope

pytestmark = pytest.mark.django_db


def test_stories_count_live_stories_published_in_the_period(programme, scope):
    assert indicators.stories(scope) == 2  # the draft is left out
    assert indicators.stories(scope, by="territory") == {programme["north"].pk: 1, programme["arles"].pk: 1}
    assert indicators.stories(scope, by="month") == {"2025-03": 1, "2025-05": 1}


def test_companies_with_a_published_offer_count_once(programme, scope):
    assert indicators.companies(scope) == 1  # two offers, one company; the company without offer is left out
    before = Scope(start=datetime.date(2024, 1, 1), end=datetime.date(2024, 12, 31))
    assert indicators.companies(before) == 0


def test_associations_follow_the_kinds_chosen_in_the_settings(programme, scope):
    assert indicators.associations(scope, kinds=["association"]) == 1
    assert indicators.associations(scope, kinds=programme["settings"].association_kinds) == 2  # + centre social
    assert indicators.associations(scope, kinds=["association", "social_centre", "local_authority"]) == 3


def test_collegiens_are_distinct_young_people_holding_a_seat(programme, scope):
    # Ana (two rows, e-mail typed differently) and Bilal; not Chloé (waiting), Dan (cancelled), the one
    # signed up before the period, nor Emma (not in collège).
    assert indicators.collegiens(scope) == 2
    assert indicators.collegiens(scope, by="territory") == {programme["north"].pk: 2, programme["arles"].pk: 1}


def test_young_people_reached_count_each_person_once_across_sources(programme, scope):
    # Ana, Bilal (sign-up and story), Chloé (waiting), Emma, Farah (story); not Dan (cancelled), nor Gabin
    # (13, his parent has not agreed yet), nor the sign-up before the period.
    assert indicators.young_people(scope) == 5


def test_young_people_reached_by_territory_and_pilot_site(programme, scope):
    north, arles = programme["north"], programme["arles"]
    assert indicators.young_people(Scope(scope.start, scope.end, territory=arles)) == 3  # Ana, Emma, Farah
    assert indicators.young_people(Scope(scope.start, scope.end, site_kind="pilot")) == 3  # Ana, Bilal, Chloé
    assert indicators.young_people(scope, by="territory") == {north.pk: 3, arles.pk: 3}


def test_pathways_are_not_measured_until_help_requests_exist(programme, scope):
    assert indicators.pathways(scope) is None
    figure = {i.key: i for i in indicators.indicators(programme["settings"], scope)}["pathways"]
    assert figure.value is None and not figure.measured and figure.percent == 0


def test_targets_and_labels_come_from_the_settings(programme, scope):
    settings = programme["settings"]
    settings.collegiens_target, settings.collegiens_label = 40, "collégiens en stage"
    figure = {i.key: i for i in indicators.indicators(settings, scope)}["collegiens"]
    assert (figure.label, figure.target, figure.value, figure.percent) == ("collégiens en stage", 40, 2, 5)
    assert "Collégiens et collégiennes distincts" in figure.definition
