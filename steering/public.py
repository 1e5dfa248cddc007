"""/le-programme/chiffres/: the programme's indicators for funders and the press, with small counts hidden.

No cell shows a count of young people from 1 to 4 (« moins de 5 »), so nobody can be singled out; a hidden
count also hides its share of the target. The figures are counted once per change (steering/figures.py)
and anonymous responses are stored by the page cache, both under the content generation and the seats
version (portal/page_cache.py): any sign-up, story or partner saved shows up at once.
"""

from django.shortcuts import render
from wagtail.models import Site

from steering import figures, indicators, tables
from steering.scope import ScopeForm

THRESHOLD = 5
PUBLIC_KEYS = list(indicators.DEFINITIONS)


def public_figure(indicator):
    """What the public sees of one indicator: its value, or « moins de 5 », or « non mesuré »."""
    hidden = indicator.key in indicators.PEOPLE and indicator.measured and 0 < indicator.value < THRESHOLD
    return {
        "key": indicator.key,
        "label": indicator.label,
        "target": indicator.target,
        "measured": indicator.measured,
        "hidden": hidden,
        "value": indicator.value,
        "percent": 0 if hidden else indicator.percent,
        "definition": indicator.definition,
    }


def programme_figures(request):
    site = Site.find_for_request(request)
    site_id = site.pk if site else None
    settings = figures.programme_settings(site_id)
    # Only the territory is a filter here: the period is the programme's (the dates come from the settings).
    form = ScopeForm({"territoire": request.GET.get("territoire", "")}, settings=settings)
    scope = form.scope()
    counted = figures.programme(site_id, settings, scope)
    by_territory = tables.by_territory(settings, scope, counted.counted, form.territories)
    shown = [
        tables.suppress_small_counts(table, THRESHOLD)
        for table in (by_territory, *figures.activity_tables(site_id, scope))
    ]
    context = {
        "settings": settings,
        "scope": scope,
        "form": form,
        "figures": [public_figure(i) for i in counted.only(PUBLIC_KEYS)],
        "tables": [
            {
                "table": table,
                "chart": table.chart_data(),
                "chart_id": f"chart-{table.key}",
                "data_id": f"chart-{table.key}-data",
                "csv_url": "",
                "xlsx_url": "",
            }
            for table in shown
        ],
    }
    return render(request, "steering/programme_figures.html", context)
