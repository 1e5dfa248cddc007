"""SQLite's search index, where a boosted field weighs like the title.

SQLite's FTS5 table has a title column and a body column, and the library puts every field but `title`
in the body, where a boost is lost. Here a SearchField boosted at least like Wagtail's page title (2) is
indexed with the title: the kind of an offer or event ("Stage d'observation de 3e") then counts as much
as its title, as the boosts say on PostgreSQL and Elasticsearch. See sqlite_ranking for the weights.
"""

from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.sqlite import IndexEntry, ObjectIndexer, SQLiteIndex
from modelsearch.index import SearchField
from modelsearch.utils import get_content_type_pk

TITLE_BOOST = 2


def weighs_like_title(field):
    return field.field_name == "title" or (field.boost or 0) >= TITLE_BOOST


class BoostedObjectIndexer(ObjectIndexer):
    def _texts(self, in_title):
        return " ".join(
            value
            for search_field in self.search_fields
            for field, value in self.prepare_field(self.obj, search_field)
            if isinstance(field, SearchField) and weighs_like_title(field) == in_title
        )

    @cached_property
    def title(self):
        return self._texts(in_title=True)

    @cached_property
    def body(self):
        return self._texts(in_title=False)


class BoostedSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """The library's add_items (update or create one entry per object), with the boost-aware indexer."""
        if not model.get_search_fields():
            return
        indexers = [BoostedObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {indexer.id: (indexer.title, indexer.autocomplete, indexer.body) for indexer in indexers}
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True))
        for object_id in indexed:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(title=title, autocomplete=autocomplete, body=body)
        self.entries.bulk_create(
            IndexEntry(
                content_type_id=content_type_pk, object_id=object_id, title=title, autocomplete=autocomplete, body=body
            )
            for object_id, (title, autocomplete, body) in data.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()
