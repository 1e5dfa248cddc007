"""Dates and times the French way: « jeudi 3 décembre », « 14 h – 17 h 30 » (Paris time)."""

from django import template
from django.utils.dateformat import format as date_format

from opportunities.agenda.recurrence import PARIS

register = template.Library()


@register.filter
def hour(value):
    local = value.astimezone(PARIS)
    return f"{local.hour} h {local.minute:02d}" if local.minute else f"{local.hour} h"


@register.filter
def day_name(value):
    """« jeudi 3 décembre 2026 » for a date or a datetime."""
    if hasattr(value, "astimezone"):
        value = value.astimezone(PARIS)
    label = date_format(value, "l j F Y")
    return label.replace(" 1 ", " 1er ", 1)


@register.simple_tag
def time_range(start, end):
    return format_time_range(start, end)


def format_time_range(start, end):
    if start.astimezone(PARIS).date() == end.astimezone(PARIS).date():
        return f"{hour(start)} – {hour(end)}"
    return f"{hour(start)} – {day_name(end)}, {hour(end)}"


def format_when(start, end):
    return f"{day_name(start)}, {format_time_range(start, end)}"
