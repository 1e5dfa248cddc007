import datetime
from types import SimpleNamespace

from opportunities.agenda.recurrence import Frequency, build_rrule, describe, expand
from portal.dates import PARIS


def paris(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


def window(year, month):
    start = paris(year, month, 1)
    return start, (start + datetime.timedelta(days=32)).replace(day=1)


def test_first_thursday_of_the_month_until_a_date():
    rule = build_rrule(Frequency.MONTHLY_BY_WEEKDAY, paris(2027, 1, 7, 14), until=datetime.date(2027, 6, 30))
    assert rule == "FREQ=MONTHLY;BYDAY=1TH;UNTIL=20270630T215959Z"
    assert describe(Frequency.MONTHLY_BY_WEEKDAY, paris(2027, 1, 7, 14), until=datetime.date(2027, 6, 30)) == (
        "Le premier jeudi du mois, jusqu'au 30 juin 2027"
    )

    occurrences = expand(paris(2027, 1, 7, 14), paris(2027, 1, 7, 17), rule, {}, paris(2027, 1, 1), paris(2028, 1, 1))
    assert [o.start.date() for o in occurrences] == [
        datetime.date(2027, 1, 7),
        datetime.date(2027, 2, 4),
        datetime.date(2027, 3, 4),
        datetime.date(2027, 4, 1),
        datetime.date(2027, 5, 6),
        datetime.date(2027, 6, 3),
    ]


def test_other_rules():
    assert build_rrule(Frequency.ONCE, paris(2027, 1, 7, 14)) == ""
    assert build_rrule(Frequency.WEEKLY, paris(2027, 1, 7, 14), interval=2) == "FREQ=WEEKLY;BYDAY=TH;INTERVAL=2"
    assert build_rrule(Frequency.MONTHLY_BY_DATE, paris(2027, 1, 12, 9)) == "FREQ=MONTHLY;BYMONTHDAY=12"
    assert build_rrule(Frequency.MONTHLY_BY_WEEKDAY, paris(2027, 1, 28, 9), position=-1) == "FREQ=MONTHLY;BYDAY=-1TH"
    assert describe(Frequency.WEEKLY, paris(2027, 1, 7, 14), interval=2) == "Un jeudi toutes les 2 semaines"


def test_wall_clock_time_is_kept_across_daylight_saving_changes():
    rule = build_rrule(Frequency.WEEKLY, paris(2027, 3, 21, 14))
    march = expand(paris(2027, 3, 21, 14), paris(2027, 3, 21, 17), rule, {}, *window(2027, 3))
    assert [(o.start.hour, o.end.hour) for o in march] == [(14, 17), (14, 17)]
    # The last Sunday of March 2027 is the 28th: Paris goes from UTC+1 to UTC+2.
    assert [o.start.utcoffset() for o in march] == [datetime.timedelta(hours=1), datetime.timedelta(hours=2)]
    assert march[1].start.astimezone(datetime.UTC).hour == 12

    october = expand(paris(2027, 3, 21, 14), paris(2027, 3, 21, 17), rule, {}, *window(2027, 10))
    last_sunday = [o for o in october if o.start.day == 31][0]
    assert last_sunday.start.utcoffset() == datetime.timedelta(hours=1)
    assert last_sunday.start.astimezone(datetime.UTC).hour == 13


def test_cancelled_and_moved_dates():
    rule = build_rrule(Frequency.MONTHLY_BY_WEEKDAY, paris(2027, 1, 7, 14))
    changes = {
        datetime.date(2027, 2, 4): SimpleNamespace(is_cancelled=True, new_start=None, new_end=None, note="Grève"),
        datetime.date(2027, 3, 4): SimpleNamespace(
            is_cancelled=False, new_start=paris(2027, 3, 11, 10), new_end=None, note="Salle prise"
        ),
    }
    found = expand(paris(2027, 1, 7, 14), paris(2027, 1, 7, 17), rule, changes, paris(2027, 2, 1), paris(2027, 4, 1))
    cancelled, moved = found
    assert cancelled.cancelled and cancelled.note == "Grève" and cancelled.start == paris(2027, 2, 4, 14)
    assert moved.moved and moved.start == paris(2027, 3, 11, 10) and moved.end == paris(2027, 3, 11, 13)
    assert moved.original_start == paris(2027, 3, 4, 14)
