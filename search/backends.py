"""Search backend selection with French matching on every engine.

- SQLite: Wagtail's database backend on FTS5, whose default tokenizer already
  folds case and accents ("metier" finds "métier"); SQLite has no French stemmer.
  Results are ranked by search/sqlite_ranking.py (one BM25 pass instead of one per match).
- PostgreSQL: the same backend with the `french_unaccent` text-search
  configuration (French stemming + unaccent) created by search/migrations/0001,
  and `simple_unaccent` for autocomplete (prefixes must not be stemmed).
- Elasticsearch: see search/elasticsearch_settings.py.

Configured as `WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"`.
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

FRENCH_CONFIG = "french_unaccent"
AUTOCOMPLETE_CONFIG = "simple_unaccent"


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        params = {"SEARCH_CONFIG": FRENCH_CONFIG, **params}
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", AUTOCOMPLETE_CONFIG)


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return FrenchPostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        # Imported here: the SQLite modules need the FTS5 model, which exists on SQLite only.
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        from search.sqlite_ranking import RankedSQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return RankedSQLiteSearchBackend(params)
    return backend
