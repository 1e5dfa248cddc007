"""Dates and times the French way in templates: « jeudi 3 décembre 2026 », « 14 h – 17 h 30 » (Paris time)."""

from django import template

from portal import dates

register = template.Library()

register.filter("hour", dates.time_label)
register.filter("day_name", dates.day_label)


@register.simple_tag
def time_range(start, end):
    return dates.time_range(start, end)


@register.simple_tag(takes_context=True)
def session_google_url(context, page, session):
    """ "Ajouter à Google Agenda" for one offer session (`page` passed in: no query per session)."""
    from opportunities.agenda.ical import google_calendar_link

    request = context.get("request")
    url = page.get_full_url(request) if request else page.full_url
    return google_calendar_link(
        page.title, session.starts_at, session.ends_at, f"{page.summary}\n{url}", page.place_label
    )
