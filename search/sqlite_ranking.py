"""SQLite search ordered by relevance without a query per match.

The library's SQLite backend orders results by a correlated subquery that runs the FTS5 match
again for every matching page: a frequent word over 10,000 documents takes seconds. Here the
FTS5 table is asked once for every matching object with its BM25 score, the source queryset
(live, public pages of the searched types) once for the matching ids it allows, and only the
requested slice is loaded, in score order. Counting skips the scores altogether.

The score is FTS5's bm25 with column weights: a word in the title (or in a field boosted like it, see
sqlite_index) weighs more than one in the body. The library multiplies one unweighted bm25 per column
and per word instead, which let ten partner pages that mention "stage" pass every stage offer.
"""

from django.db.models import Case, Exists, FloatField, Func, IntegerField, OuterRef, Value, When
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from search.sqlite_index import BoostedSQLiteIndex

# bm25() weights of the FTS table's columns, in its order: autocomplete, body, title.
COLUMN_WEIGHTS = (1.0, 1.0, 5.0)


class WeightedBM25(Func):
    """FTS5's bm25 with COLUMN_WEIGHTS (lower is better), inside a query that MATCHes the FTS table."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class RankedSearchMixin:
    def search(self, config, start, stop, score_field=None):
        if not self.order_by_relevance or score_field is not None or stop is None:
            return super().search(config, start, stop, score_field)
        normalized = normalize(self.query)
        if isinstance(normalized, MatchAll | Not):
            return super().search(config, start, stop, score_field)
        shown = self.ranked_object_ids(normalized, config, start or 0, stop)
        if not shown:
            return self.queryset.none()
        order = [When(pk=pk, then=Value(index)) for index, pk in enumerate(shown)]
        position = Case(*order, output_field=IntegerField())
        return self.queryset.filter(pk__in=shown).annotate(_rank_position=position).order_by("_rank_position")

    def without_ranking(self, config):
        """The matching objects of the source queryset, unordered by relevance (no scores computed)."""
        ordered, self.order_by_relevance = self.order_by_relevance, False
        try:
            return super().search(config, None, None)
        finally:
            self.order_by_relevance = ordered

    def ranked_object_ids(self, normalized, config, start, stop):
        """The ids of the matching objects of the source queryset from `start` to `stop`, best first (lowest
        weighted BM25 score, then newest): ranked, filtered and cut by the database in one query.

        An object has one index entry (a page is indexed under its own type only), so each row is one object
        (should an object have two, it is shown once, at its best rank).
        """
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(normalized, config))
        pk_field = self.queryset.model._meta.pk
        numeric = isinstance(pk_field, IntegerField)
        # The index stores ids as text: each match is looked up by its id in the source queryset.
        object_id = OuterRef("index_entry__object_id")
        allowed = self.queryset.order_by().filter(pk=Cast(object_id, IntegerField()) if numeric else object_id)
        newest = Cast("index_entry__object_id", IntegerField()) if numeric else None
        rows = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
            .filter(Exists(allowed))
            .annotate(score=WeightedBM25())
            .order_by("score", *([newest.desc()] if newest is not None else ["-index_entry__object_id"]))
            .values_list("index_entry__object_id", flat=True)
        )
        return list(dict.fromkeys(pk_field.to_python(object_id) for object_id in rows[start:stop]))


class RankedSearchQueryCompiler(RankedSearchMixin, SQLiteSearchQueryCompiler):
    pass


class RankedAutocompleteQueryCompiler(RankedSearchMixin, SQLiteAutocompleteQueryCompiler):
    pass


class RankedSearchResults(SQLiteSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        total = compiler.without_ranking(compiler.get_config(self.backend)).count()
        if self.stop is not None:
            total = min(total, self.stop)
        return max(0, total - (self.start or 0))


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = BoostedSQLiteIndex
    query_compiler_class = RankedSearchQueryCompiler
    autocomplete_query_compiler_class = RankedAutocompleteQueryCompiler
    results_class = RankedSearchResults
