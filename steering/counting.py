"""Distinct counts over several sources at once, in one aggregate SQL query.

A young person can appear in several sources (a sign-up, a story sent…): each source is a
queryset annotated with `person` (who, as a key), `area` (territory id) and `month` ('YYYY-MM…'
text), already filtered to the scope. They are stacked with UNION ALL and counted with
COUNT(DISTINCT person), grouped as asked: no row is ever loaded into Python.
"""

from django.db import connection

GROUPS = {None: None, "territory": "area", "month": "month"}


def count_distinct(querysets, by=None):
    """Distinct `person` across the querysets: an int, or {territory id or 'YYYY-MM': count} when grouped."""
    column = GROUPS[by]
    columns = ["person"] + ([column] if column else [])
    parts, params = [], []
    for queryset in querysets:
        sql, query_params = queryset.order_by().values(*columns).query.sql_with_params()
        parts.append(sql)
        params.extend(query_params)
    if not parts:
        return {} if column else 0
    quote = connection.ops.quote_name
    union = " UNION ALL ".join(f"SELECT * FROM ({part}) {quote(f'source_{n}')}" for n, part in enumerate(parts))
    if column is None:
        sql = f"SELECT COUNT(DISTINCT {quote('person')}) FROM ({union}) {quote('sources')}"
    else:
        group = quote(column)
        sql = f"SELECT {group}, COUNT(DISTINCT {quote('person')}) FROM ({union}) {quote('sources')} GROUP BY {group}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if column is None:
        return rows[0][0] or 0
    counts = {}
    for key, count in rows:
        key = str(key)[:7] if column == "month" and key is not None else key
        counts[key] = counts.get(key, 0) + count
    return counts
