"""Dates and times the French way, in Paris time: « jeudi 3 décembre 2026 », « 14 h – 17 h 30 »."""

import datetime
from zoneinfo import ZoneInfo

import holidays
from django.utils.dateformat import format as date_format
from vacances_scolaires_france import SchoolHolidayDates, UnsupportedYearException

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


# The programme's academy (Aix-Marseille) is in school-holiday zone B.
SCHOOL_ZONE = "B"


def calendar_warnings(first_day, last_day=None):
    """Why a company may want another day: school holidays (zone B, Aix-Marseille) or public holidays.

    From maintained data shipped with the libraries (`vacances-scolaires-france`, `holidays`): no
    network at runtime. Returns French sentences, empty when the days are ordinary school days.
    """
    last_day = last_day or first_day
    days = [first_day + datetime.timedelta(days=n) for n in range((last_day - first_day).days + 1)]
    public = holidays.France(years={day.year for day in days}, language="fr")
    school = SchoolHolidayDates()
    warnings = []
    for day in days:
        if day in public:
            warnings.append(f"{day_label(day)} est férié ({public[day]}).")
    school_breaks = []
    for day in days:
        try:
            found = school.holidays_for_year_and_zone(day.year, SCHOOL_ZONE).get(day)
        except UnsupportedYearException:
            found = None
        if found and found["nom_vacances"] not in school_breaks:
            school_breaks.append(found["nom_vacances"])
    for name in school_breaks:
        warnings.append(
            f"C'est pendant les {name.lower()} (académie d'Aix-Marseille) : "
            "les collégiens ne passent pas par leur établissement."
        )
    return warnings
