"""The public Wagtail API (/api/v2/): pages and images, read-only, with its query string kept sane.

Numbers past 64 bits (`offset`, `id`, `child_of`…, or a page id in the path) would reach the
database and fail there: they are refused with a 400 (a 404 in the path). The `search` text is
cleaned like the site's search box (no query-language syntax, no control characters).
"""

from django.conf import settings
from django.http import Http404
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from portal.text import clean_search_query
from stories.contributions.api import PublicImagesAPIViewSet

LARGEST_ID = 2**63 - 1


def _too_large(value):
    digits = value.strip().lstrip("+-")
    return digits.isdigit() and int(digits) > LARGEST_ID


class GuardedQueryMixin:
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for key, values in request.GET.lists():
            for value in values:
                if "\x00" in value:
                    raise BadRequestError(f"{key}: invalid character")
                if _too_large(value):
                    raise BadRequestError(f"{key}: number too large")
        if "search" in request.GET:
            query = request._request.GET.copy()
            query["search"] = clean_search_query(query["search"], settings.SEARCH_QUERY_MAX_LENGTH)
            request._request.GET = query

    def detail_view(self, request, pk):
        if int(pk) > LARGEST_ID:
            raise Http404
        return super().detail_view(request, pk)


class PublicPagesAPIViewSet(GuardedQueryMixin, PagesAPIViewSet):
    pass


class GuardedImagesAPIViewSet(GuardedQueryMixin, PublicImagesAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
# Photos of contributed stories stay out of the API until the story is online.
api_router.register_endpoint("images", GuardedImagesAPIViewSet)
