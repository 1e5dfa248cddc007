"""Pagination of listings whose number of results is already known (counted with their facets)."""

from functools import cached_property

from django.core.paginator import Paginator


class CountedPaginator(Paginator):
    """A paginator told its count (the facets already counted the results): no second count query."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count
