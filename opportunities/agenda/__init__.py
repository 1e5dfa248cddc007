"""The agenda: events (once or repeating), every dated thing of the programme as a list, a month table and
iCalendar feeds."""
