"""Distinct counts over several sources at once, in one aggregate SQL query.

A young person can appear in several sources (a sign-up, a story sent…): each source is a
queryset annotated with `person` (who, as a key), `area` (territory id) and `month` ('YYYY-MM…'
text), already filtered to the scope. A source may also carry `pupils` (a class booked by a
teacher: unnamed pupils, its `person` left empty): they are added to the distinct people. The
sources are stacked with UNION ALL and counted with COUNT(DISTINCT person) + SUM(pupils), grouped
as asked: no row is ever loaded into Python.

`count_many` counts several indicators in the same query, each over its own sources, both in all
and by group (territory or month): what a whole page of figures needs, in one round trip.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import IntegerField, Value

GROUPS = {None: None, "territory": "area", "month": "month"}


@dataclass(frozen=True)
class Count:
    """One indicator's count in all, and by group (territory id or 'YYYY-MM') when asked."""

    total: int
    groups: dict = field(default_factory=dict)


def _quote(name):
    return connection.ops.quote_name(name)


def _union(querysets, columns, tag=None):
    """The sources stacked (UNION ALL) with `columns` picked by name, each with its parameters in order."""
    parts, params = [], []
    for n, queryset in enumerate(querysets):
        if "pupils" not in queryset.query.annotations:
            queryset = queryset.annotate(pupils=Value(0, output_field=IntegerField()))
        sql, query_params = queryset.order_by().values(*columns).query.sql_with_params()
        picked = [_quote(column) for column in columns]
        if tag is not None:
            # Several indicators in one query: their people keys must share a type (a page id becomes text).
            picked = [f"{int(tag)} AS {_quote('indicator')}"] + [
                f"CAST({name} AS TEXT) AS {name}" if column == "person" else name
                for column, name in zip(columns, picked, strict=True)
            ]
        picked = ", ".join(picked)
        parts.append(f"SELECT {picked} FROM ({sql}) {_quote(f'source_{tag}_{n}')}")
        params.extend(query_params)
    return " UNION ALL ".join(parts), params


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _group_key(column, key):
    return str(key)[:7] if column == "month" and key is not None else key


PEOPLE = f"COUNT(DISTINCT {_quote('person')}) + COALESCE(SUM({_quote('pupils')}), 0)"


def count_distinct(querysets, by=None):
    """Distinct `person` across the querysets: an int, or {territory id or 'YYYY-MM': count} when grouped."""
    column = GROUPS[by]
    querysets = list(querysets)
    if not querysets:
        return {} if column else 0
    union, params = _union(querysets, ["person", "pupils"] + ([column] if column else []))
    if column is None:
        return _fetch(f"SELECT {PEOPLE} FROM ({union}) {_quote('sources')}", params)[0][0] or 0
    group = _quote(column)
    counts = {}
    for key, count in _fetch(f"SELECT {group}, {PEOPLE} FROM ({union}) {_quote('sources')} GROUP BY {group}", params):
        key = _group_key(column, key)
        counts[key] = counts.get(key, 0) + count
    return counts


def count_many(sources, by=None):
    """{name: Count} for {name: querysets}: each name's distinct people in all and, when `by` is given, by
    territory or month, all in one SQL query (the stacked sources are read once)."""
    column = GROUPS[by]
    names = [name for name, querysets in sources.items() if querysets]
    results = {name: Count(0, {}) for name in sources}
    if not names:
        return results
    columns = ["person", "pupils"] + ([column] if column else [])
    unions, params = [], []
    for tag, name in enumerate(names):
        union, union_params = _union(sources[name], columns, tag=tag)
        unions.append(union)
        params.extend(union_params)
    stacked = " UNION ALL ".join(unions)
    indicator = _quote("indicator")
    if column is None:
        sql = f"SELECT {indicator}, 1, NULL, {PEOPLE} FROM ({stacked}) {_quote('sources')} GROUP BY {indicator}"
    else:
        group, stack = _quote(column), _quote("sources")
        # The stacked sources once (a common table expression used twice is computed once), counted in all
        # and by group: a young person in two territories counts in each of them, and once in all.
        sql = (
            f"WITH {stack} AS ({stacked}) "
            f"SELECT {indicator}, 1, NULL, {PEOPLE} FROM {stack} GROUP BY {indicator} "
            f"UNION ALL SELECT {indicator}, 0, {group}, {PEOPLE} FROM {stack} GROUP BY {indicator}, {group}"
        )
    totals, groups = {}, {name: {} for name in names}
    for tag, whole, key, count in _fetch(sql, params):
        name = names[tag]
        if whole:
            totals[name] = count or 0
        else:
            key = _group_key(column, key)
            groups[name][key] = groups[name].get(key, 0) + count
    for name in names:
        results[name] = Count(totals.get(name, 0), groups[name])
    return results
