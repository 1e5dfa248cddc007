"""/admin/pilotage/: each indicator against its target, by territory and by month, with charts and exports.

For the Modérateurs, Communication and Pilotage groups (permission `steering.view_steering`). Exports
are the tables on screen (aggregates only): `?export=<table>&format=csv|xlsx`, with the same filters.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.http import urlencode
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from steering import exports, indicators, tables
from steering.models import VIEW_PERMISSION, ProgrammeSettings
from steering.scope import ScopeForm

URL_NAME = "steering_dashboard"
EXPORT_FORMATS = {"csv": exports.csv_response, "xlsx": exports.xlsx_response}


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "steering/admin/dashboard.html"
    page_title = "Pilotage du programme"
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        self.settings = ProgrammeSettings.for_request(request)
        self.form = ScopeForm(request.GET or None, settings=self.settings)
        self.scope = self.form.scope()
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if "export" in request.GET:
            return self.export(request.GET["export"], request.GET.get("format", "csv"))
        return super().get(request, *args, **kwargs)

    def export(self, key, file_format):
        if file_format not in EXPORT_FORMATS:
            raise Http404("Format inconnu.")
        table = next((t for t in self.tables() if t.key == key), None)
        if table is None:
            raise Http404("Tableau inconnu.")
        return EXPORT_FORMATS[file_format](table, self.scope)

    def tables(self):
        return tables.all_tables(self.settings, self.scope, self.form.territories)

    def export_url(self, table, file_format):
        return reverse(URL_NAME) + "?" + urlencode({**self.scope.query(), "export": table.key, "format": file_format})

    def get_context_data(self, **kwargs):
        all_tables = self.tables()
        return super().get_context_data(
            form=self.form,
            scope=self.scope,
            settings=self.settings,
            tables=[
                {
                    "table": table,
                    "chart": table.chart_data(),
                    "chart_id": f"chart-{table.key}",
                    "data_id": f"chart-{table.key}-data",
                    "csv_url": self.export_url(table, "csv"),
                    "xlsx_url": self.export_url(table, "xlsx"),
                }
                for table in all_tables
            ],
            definitions=[(self.settings.label(key), indicators.definition(key)) for key in indicators.DEFINITIONS],
            **kwargs,
        )


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


def admin_urls():
    return [path("pilotage/", DashboardView.as_view(), name=URL_NAME)]


def menu_item():
    return DashboardMenuItem("Pilotage", reverse(URL_NAME), icon_name="table", order=250)
