"""HTTP side of the agenda: the list, the month table, the archive and the iCalendar files."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from opportunities.agenda import entries, ical
from opportunities.agenda.forms import MONTH, AgendaFilterForm
from opportunities.agenda.models import EventIndexPage, EventPage
from opportunities.agenda.month_grid import MonthGrid, group_by_day
from opportunities.agenda.recurrence import PARIS
from portal.visibility import visible

PER_PAGE = 20


def agenda_view(request, index_page, archives=False):
    form = AgendaFilterForm(request.GET)
    filters = form.filters()
    feed_query = _feed_query(filters)
    feed_url = request.build_absolute_uri(reverse("agenda_feed")) + (f"?{feed_query}" if feed_query else "")
    context = index_page.get_context(request)
    context.update(
        filter_form=form,
        filters=filters,
        filter_errors=form.error_messages(),
        archives=archives,
        feed_query=feed_query,
        feed_url=feed_url,
        webcal_url="webcal://" + feed_url.split("://", 1)[1],
        type_labels=dict(entries.type_choices()),
    )
    if form.view == MONTH and not archives:
        today = timezone.localdate(timezone=PARIS)
        grid = MonthGrid(form.month or today.replace(day=1), today)
        found = entries.between(grid.window_start, grid.window_end, filters, request)
        grid.place(found)
        context.update(view=MONTH, grid=grid, entry_count=sum(len(day.entries) for day in grid.busy_days))
    else:
        if archives:
            found = entries.past(filters, request)
        elif form.day:
            found = entries.on_day(form.day, filters, request)
            context.update(day=form.day)
        else:
            found = entries.upcoming(filters, request)
        page_obj = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
        days = group_by_day(page_obj.object_list)
        context.update(view="liste", page_obj=page_obj, days=days, entry_count=len(found))
    return TemplateResponse(request, "opportunities/event_index_page.html", context)


def _feed_query(filters):
    params = {"type": filters.type, "territoire": filters.territory, "commune": filters.commune}
    query = QueryDict(mutable=True)
    query.update({key: value for key, value in params.items() if value})
    return query.urlencode()


def feed_view(request):
    _agenda_page()
    filters = AgendaFilterForm(request.GET).filters()
    calendar = ical.feed(filters, request, name=_feed_name(filters))
    return _ics_response(calendar, "agenda.ics")


def event_ics_view(request, slug):
    event = get_object_or_404(visible(EventPage.objects.child_of(_agenda_page())), slug=slug)
    return _ics_response(ical.for_event(event, request), f"{event.slug}.ics")


def _agenda_page():
    index_page = visible(EventIndexPage.objects.all()).first()
    if index_page is None:
        raise Http404("Pas d'agenda publié.")
    return index_page


def _feed_name(filters):
    name = "Agenda Impact Jeunes"
    if filters.type:
        name += f" – {dict(entries.type_choices()).get(filters.type, filters.type)}"
    if filters.commune:
        name += f" – {filters.commune}"
    return name


def _ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
