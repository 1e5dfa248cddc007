"""iCalendar text (RFC 5545) written directly: content lines, escaping, folding, times, the calendar around events.

The agenda's files (the feed, one event, one offer session) are all written here. Building them
with the icalendar library's objects took most of the feed's 1.5 s at bench scale (three thousand
VEVENTs, about 0.4 ms each); a VEVENT is a dozen short lines of text. The library still produces
the Europe/Paris VTIMEZONE, once per process.
"""

import datetime
import functools
import re

from icalendar import Timezone

from portal.dates import PARIS

PRODID = "-//Impact Jeunes//Agenda//FR"
TZID = "Europe/Paris"
# The VTIMEZONE spells out every change of Paris time over this many years from now: far past the
# feed's window (a year ahead); a client reading a series beyond it keeps the last rule it knows.
TIMEZONE_YEARS_AHEAD = 20
LINE_OCTETS = 75

# TEXT values (§3.3.11): backslash, semicolon, comma and line breaks escaped. Other control characters
# (a NUL, an escape sequence pasted in a title) may not appear in a content line: they are dropped.
_SPECIAL = re.compile(r"[\\;,\n]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NO_CONTROL = dict.fromkeys((*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F))


def text(value):
    value = str(value)
    if _CONTROL.search(value):
        value = value.replace("\r\n", "\n").replace("\r", "\n").translate(_NO_CONTROL)
    if _SPECIAL.search(value):
        value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return value


def fold(line):
    """A content line cut into lines of at most 75 octets (§3.1), never inside a UTF-8 character."""
    if len(line) <= LINE_OCTETS and line.isascii():
        return line
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return line
    parts = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: the character started before the cut
            cut -= 1
        parts.append(data[start:cut])
        # Each continuation line begins with a space, which counts in its 75 octets.
        start, limit = cut, LINE_OCTETS - 1
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()


def _date_time(moment):
    # An f-string is several times faster than strftime, for the thousands of dates of the feed.
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )


def utc_time(moment):
    """A DATE-TIME in UTC (DTSTAMP, LAST-MODIFIED): 20261203T130000Z."""
    return _date_time(moment.astimezone(datetime.UTC)) + "Z"


def local_time(moment):
    """A DATE-TIME as Paris wall-clock time, for a property with TZID=Europe/Paris."""
    return _date_time(moment.astimezone(PARIS))


def _float(value):
    """A FLOAT value: plain decimals (Python would write 0.00001 as 1e-05)."""
    return f"{float(value):.6f}".rstrip("0").rstrip(".")


def event_lines(
    *,
    uid,
    stamp,
    summary,
    start,
    end,
    url,
    category,
    status,
    last_modified=None,
    description="",
    location="",
    geo=None,
    rrule="",
    exdates=(),
    recurrence_id=None,
):
    """The content lines of one VEVENT, folded. `rrule` is RRULE text as stored, `geo` (latitude, longitude)."""
    # Only lines of free length are folded: a date or a status always fits in 75 octets.
    lines = [
        "BEGIN:VEVENT",
        fold(f"UID:{text(uid)}"),
        f"DTSTAMP:{utc_time(stamp)}",
        fold(f"SUMMARY:{text(summary)}"),
        f"DTSTART;TZID={TZID}:{local_time(start)}",
        f"DTEND;TZID={TZID}:{local_time(end)}",
    ]
    if recurrence_id is not None:
        lines.append(f"RECURRENCE-ID;TZID={TZID}:{local_time(recurrence_id)}")
    if rrule:
        lines.append(fold(f"RRULE:{rrule}"))
    if exdates:
        lines.append(fold(f"EXDATE;TZID={TZID}:" + ",".join(local_time(moment) for moment in exdates)))
    if last_modified is not None:
        lines.append(f"LAST-MODIFIED:{utc_time(last_modified)}")
    lines += [fold(f"URL:{url}"), fold(f"CATEGORIES:{text(category)}"), f"STATUS:{status}"]
    if description:
        lines.append(fold(f"DESCRIPTION:{text(description)}"))
    if location:
        lines.append(fold(f"LOCATION:{text(location)}"))
    if geo:
        lines.append(f"GEO:{_float(geo[0])};{_float(geo[1])}")
    lines.append("END:VEVENT")
    return lines


@functools.cache
def vtimezone():
    """The Europe/Paris VTIMEZONE, folded, computed on first use (by the icalendar library) then reused."""
    last = datetime.date(datetime.date.today().year + TIMEZONE_YEARS_AHEAD, 1, 1)
    return Timezone.from_tzinfo(PARIS, TZID, last_date=last).to_ical().decode().rstrip("\r\n")


class CalendarText:
    """A VCALENDAR being written: its header, the VTIMEZONE its times refer to, then VEVENTs."""

    def __init__(self, name):
        self.lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
        self.lines += [fold(f"X-WR-CALNAME:{text(name)}"), f"X-WR-TIMEZONE:{TZID}"]
        # Clients that poll subscriptions read how often to (RFC 7986, and Outlook's older property).
        self.lines += ["REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H", vtimezone()]

    def add(self, lines):
        """Add a VEVENT's folded lines (`event_lines`)."""
        self.lines += lines

    def to_ical(self):
        return ("\r\n".join(self.lines) + "\r\nEND:VCALENDAR\r\n").encode()
