"""A steering table as CSV (Excel in French: UTF-8 with BOM, `;`) or XLSX (openpyxl): aggregates only.

A header row tells what the figures cover (period, territory), then the table as on screen.
"""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@")


def _safe(value):
    # Labels are typed by staff (territory names, indicator labels): never run one as a formula.
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _covers(scope):
    where = (
        str(scope.territory)
        if scope.territory
        else {"pilot": "sites pilotes", "new": "nouveaux sites"}.get(scope.site_kind, "tous les territoires")
    )
    return f"Impact Jeunes — du {scope.start:%d/%m/%Y} au {scope.end:%d/%m/%Y}, {where}"


def _filename(table, scope, extension):
    return f"impact-jeunes-{table.key}-{scope.start:%Y%m%d}-{scope.end:%Y%m%d}.{extension}"


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(table, scope):
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output, delimiter=";", lineterminator="\r\n")
    writer.writerow([_covers(scope)])
    writer.writerow([_safe(column) for column in table.columns])
    for row in table.rows:
        writer.writerow([_safe(cell) for cell in row])
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    return _attachment(response, _filename(table, scope, "csv"))


def xlsx_response(table, scope):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.title[:31]
    sheet.append([_covers(scope)])
    sheet.append([_safe(column) for column in table.columns])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([_safe(cell) for cell in row])
    sheet.column_dimensions["A"].width = 40
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(
        output.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    return _attachment(response, _filename(table, scope, "xlsx"))
