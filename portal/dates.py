"""Dates and times the French way, in Paris time: « jeudi 3 décembre 2026 », « 14 h – 17 h 30 »."""

import datetime
from zoneinfo import ZoneInfo

from django.utils.dateformat import format as date_format

PARIS = ZoneInfo("Europe/Paris")


def time_label(value):
    """14 h, 9 h 30: how French writes a time of day (a datetime is read in Paris time)."""
    if isinstance(value, datetime.datetime):
        value = value.astimezone(PARIS)
    return f"{value.hour} h" if not value.minute else f"{value.hour} h {value.minute:02d}"


def day_label(value):
    """« jeudi 3 décembre 2026 », « mardi 1er juin 2027 » for a date or a datetime."""
    if isinstance(value, datetime.datetime):
        value = value.astimezone(PARIS)
    return date_format(value, "l j F Y").replace(" 1 ", " 1er ", 1)


def time_range(start, end):
    """« 14 h – 17 h », or « 20 h – samedi 4 avril 2026, 2 h » when it ends on another day."""
    if start.astimezone(PARIS).date() == end.astimezone(PARIS).date():
        return f"{time_label(start)} – {time_label(end)}"
    return f"{time_label(start)} – {day_label(end)}, {time_label(end)}"


def when(start, end):
    """« jeudi 3 décembre 2026, 14 h – 17 h »."""
    return f"{day_label(start)}, {time_range(start, end)}"
