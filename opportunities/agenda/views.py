"""The agenda page's views: the list, the month table and the archive (the iCalendar files are in feeds.py)."""

from django.core.paginator import Paginator
from django.http import QueryDict
from django.template.response import TemplateResponse
from django.utils import timezone

from opportunities.agenda import entries, month_entries, paged_entries
from opportunities.agenda.forms import MONTH, AgendaFilterForm
from opportunities.agenda.month_grid import MonthGrid, group_by_day
from portal.dates import PARIS
from portal.links import reverse_url

PER_PAGE = 20


# Far more pages than a year of dates fills (about 400 at bench scale).
MAX_PAGE = 10_000


def agenda_view(request, index_page, archives=False):
    form = AgendaFilterForm(request.GET)
    filters = form.filters()
    feed_query = _feed_query(filters)
    feed_url = reverse_url("agenda_feed", request=request) + (f"?{feed_query}" if feed_query else "")
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
        month_entries.fill(grid, filters, request)
        context.update(view=MONTH, grid=grid, entry_count=grid.entry_count)
    else:
        # The list and the archive read the dates of the page asked for (and count the others).
        first_needed = PER_PAGE * _page_number(request)
        if archives:
            found = paged_entries.past(filters, request, first_needed=first_needed)
        elif form.day:
            found = entries.on_day(form.day, filters, request)
            context.update(day=form.day)
        else:
            found = paged_entries.upcoming(filters, request, first_needed=first_needed)
        page_obj = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
        days = group_by_day(page_obj.object_list)
        context.update(view="liste", page_obj=page_obj, days=days, entry_count=len(found))
    return TemplateResponse(request, "opportunities/event_index_page.html", context)


def _page_number(request):
    """The page asked for, as the paginator reads it (1 when it is not a number), at most `MAX_PAGE`: a page
    beyond the last shows the last one, and the number sizes a database LIMIT (an integer of 64 bits)."""
    try:
        return min(max(1, int(request.GET.get("page", 1))), MAX_PAGE)
    except ValueError:
        return 1


def _feed_query(filters):
    params = {"type": filters.type, "territoire": filters.territory, "commune": filters.commune}
    query = QueryDict(mutable=True)
    query.update({key: value for key, value in params.items() if value})
    return query.urlencode()
