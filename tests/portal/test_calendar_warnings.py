"""Companies are warned when a date falls in school holidays (zone B, Aix-Marseille) or on a public holiday."""

import datetime

from portal.dates import calendar_warnings


def test_christmas_is_a_public_holiday_during_the_christmas_break():
    warnings = calendar_warnings(datetime.date(2026, 12, 25))
    assert any("férié (Noël)" in warning for warning in warnings)
    assert any("vacances de noël" in warning and "Aix-Marseille" in warning for warning in warnings)


def test_an_ordinary_school_day_has_no_warning():
    assert calendar_warnings(datetime.date(2026, 12, 8)) == []


def test_a_week_long_stage_is_checked_on_every_day():
    # Monday 11 May 2026 to Friday 15 May: Ascension Thursday is a public holiday.
    assert any("Ascension" in w for w in calendar_warnings(datetime.date(2026, 5, 11), datetime.date(2026, 5, 15)))


def test_a_year_without_school_data_still_answers():
    assert calendar_warnings(datetime.date(2040, 3, 13)) == []
