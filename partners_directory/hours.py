"""Opening hours in the OpenStreetMap format used by data·inclusion, read out in French.

Only the common shapes are understood ("Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00; PH off");
anything else is shown as the editor typed it.
"""

import re

DAYS = {
    "Mo": "lundi",
    "Tu": "mardi",
    "We": "mercredi",
    "Th": "jeudi",
    "Fr": "vendredi",
    "Sa": "samedi",
    "Su": "dimanche",
}
DAY = "(?:Mo|Tu|We|Th|Fr|Sa|Su)"
DAY_PART = rf"{DAY}(?:-{DAY})?"
DAYS_RE = re.compile(rf"^(?:{DAY_PART}(?:,{DAY_PART})*|PH)$")
TIME_RANGE = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def _time(hours, minutes):
    return f"{int(hours)} h" + (f" {minutes}" if minutes != "00" else "")


def _days(text):
    if text == "PH":
        return "jours fériés"
    parts = []
    for part in text.split(","):
        if "-" in part:
            start, end = part.split("-")
            parts.append(f"du {DAYS[start]} au {DAYS[end]}")
        else:
            parts.append(DAYS[part])
    return ", ".join(parts)


def _times(text):
    if text in ("off", "closed"):
        return "fermé"
    ranges = []
    for part in text.split(","):
        match = TIME_RANGE.match(part.strip())
        if not match:
            return None
        ranges.append(f"{_time(match[1], match[2])} – {_time(match[3], match[4])}")
    return ", ".join(ranges)


def french_lines(opening_hours):
    """[(days, times), …] for a parseable OSM value, else None."""
    text = (opening_hours or "").strip()
    if not text:
        return None
    if text == "24/7":
        return [("tous les jours", "24 h sur 24")]
    lines = []
    for rule in filter(None, (rule.strip() for rule in text.split(";"))):
        days, _space, times = rule.partition(" ")
        times = _times(times.strip())
        if not DAYS_RE.match(days) or times is None:
            return None
        lines.append((_days(days).capitalize(), times))
    return lines or None
