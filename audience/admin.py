"""The admin report "Pages les plus lues", with its CSV and XLSX exports."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.http import urlencode
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from audience import exports, report

URL_NAME = "audience_most_read"
PERMISSION = "audience.view_pageviewday"


class MostReadView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "audience/admin/most_read.html"
    page_title = "Pages les plus lues"
    header_icon = "view"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        self.week = report.Week.parse(request.GET.get("semaine"))
        type_key = request.GET.get("type", report.ALL)
        self.type_key = type_key if type_key in dict(report.type_choices()) else report.ALL
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            rows = report.most_read(self.week, self.type_key)
            filename = f"pages-les-plus-lues-{self.week.key}-{self.type_key}"
            if export == "csv":
                return exports.csv_response(rows, filename)
            return exports.xlsx_response(rows, filename, f"Semaine {self.week.key}")
        return super().get(request, *args, **kwargs)

    def _url(self, **changes):
        params = {"semaine": self.week.key, "type": self.type_key, **changes}
        return reverse(URL_NAME) + "?" + urlencode(params)

    def get_context_data(self, **kwargs):
        weekly = report.weekly_totals(self.type_key, until=self.week)
        peak = max((total for _week, total in weekly), default=0) or 1
        return super().get_context_data(
            week=self.week,
            type_key=self.type_key,
            type_choices=report.type_choices(),
            rows=report.most_read(self.week, self.type_key),
            weekly=[(week, total, round(100 * total / peak)) for week, total in weekly],
            previous_url=self._url(semaine=self.week.shifted(-1).key),
            next_url=self._url(semaine=self.week.shifted(1).key),
            csv_url=self._url(export="csv"),
            xlsx_url=self._url(export="xlsx"),
            **kwargs,
        )


class MostReadMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def admin_urls():
    return [path("audience/pages-les-plus-lues/", MostReadView.as_view(), name=URL_NAME)]


def menu_item():
    return MostReadMenuItem("Pages les plus lues", reverse(URL_NAME), icon_name="view", order=50)
