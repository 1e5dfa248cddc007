"""The "Pages les plus lues" table as CSV (for Excel: UTF-8 with BOM, `;`) or XLSX (openpyxl)."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook

HEADINGS = ["Rang", "Page", "Type", "Adresse", "Vues de la semaine", "Vues de la semaine précédente"]
FORMULA_STARTS = ("=", "+", "-", "@")


def _cells(row):
    return [row.rank, row.page.title, row.type_label, row.page.url_path, row.views, row.previous_views]


def _safe(value):
    # A title typed by an editor must not run as a formula in a spreadsheet.
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(rows, filename):
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output, delimiter=";")
    writer.writerow(HEADINGS)
    for row in rows:
        writer.writerow([_safe(cell) for cell in _cells(row)])
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(rows, filename, title):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(HEADINGS)
    for row in rows:
        sheet.append([_safe(cell) for cell in _cells(row)])
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["D"].width = 50
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(
        output.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
