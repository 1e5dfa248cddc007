"""Each indicator's definition, pinned on the hand-built programme of conftest.py."""

import datetime

import pytest
from django.utils import timezone

from neighbourhoods.factories import HelpRequestFactory
from neighbourhoods.help_requests import HelpRequest
from opportunities.signups.models import Attendance, SignUp, SignUpStatus
from steering import indicators
from steering.scope import Scope
from tests.steering.conftest import sign_up

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


def test_pathways_count_distinct_young_people_a_booster_accompanied_or_oriented(programme, scope):
    north = programme["north"]
    started = timezone.make_aware(datetime.datetime(2025, 4, 2, 10, 0))
    ines = {"territory": north, "first_name": "Inès", "created_at": started, "pathway_started_at": started}
    HelpRequestFactory(email="ines@example.org", **ines)
    HelpRequestFactory(email=" INES@example.org", **ines)
    HelpRequestFactory(territory=north, email="jade@example.org", created_at=started)  # not accompanied yet
    HelpRequestFactory(
        territory=north, email="kim@example.org", age=14, status=HelpRequest.Status.AWAITING_PARENT, created_at=started
    )
    assert indicators.pathways(scope) == 1  # Inès once
    figure = {i.key: i for i in indicators.indicators(programme["settings"], scope)}["pathways"]
    assert figure.measured and figure.value == 1
    # Every request with an agreement is a young person reached (Inès, Jade), not Kim (no parent's answer yet).
    assert indicators.young_people(scope) == 5 + 2


def test_a_young_person_counts_in_the_territory_they_gave_else_where_the_activity_is(programme, scope):
    north, arles = programme["north"], programme["arles"]
    signup = sign_up(programme["stage"], "leo@example.org")  # the stage is in north
    SignUp.objects.filter(pk=signup.pk).update(territory=arles)
    assert indicators.collegiens(scope, by="territory") == {north.pk: 2, arles.pk: 2}


def test_absent_young_people_and_parental_holds_do_not_count_classes_count_their_pupils(programme, scope):
    absent = sign_up(programme["stage"], "bilal@example.org")
    SignUp.objects.filter(email="bilal@example.org").update(attendance=Attendance.ABSENT)
    assert absent.pk and indicators.collegiens(scope) == 1  # Ana only
    sign_up(programme["stage"], "mona@example.org", status=SignUpStatus.PENDING)  # waiting for a parent
    assert indicators.collegiens(scope) == 1
    pupils = sign_up(programme["visit"], "prof@example.org")
    SignUp.objects.filter(pk=pupils.pk).update(is_class_booking=True, headcount=24)
    assert indicators.collegiens(scope) == 1 + 24


def test_targets_and_labels_come_from_the_settings(programme, scope):
    settings = programme["settings"]
    settings.collegiens_target, settings.collegiens_label = 40, "collégiens en stage"
    figure = {i.key: i for i in indicators.indicators(settings, scope)}["collegiens"]
    assert (figure.label, figure.target, figure.value, figure.percent) == ("collégiens en stage", 40, 2, 5)
    assert "Collégiens et collégiennes distincts" in figure.definition
