"""Dates and times the French way in templates: « jeudi 3 décembre 2026 », « 14 h – 17 h 30 » (Paris time)."""

from django import template

from portal import dates

register = template.Library()

register.filter("hour", dates.time_label)
register.filter("day_name", dates.day_label)


@register.simple_tag
def time_range(start, end):
    return dates.time_range(start, end)
