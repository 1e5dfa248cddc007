"""Counts page views on the server, around the anonymous page cache so cached pages count too.

Wagtail's `before_serve_page` hook (wagtail_hooks.py) notes which page a request shows; when
the response is rendered, `process_template_response` writes the page id on the response, so it
is stored with it by the page cache (portal/page_cache.py). This middleware sits outside that
cache: every successful GET of a page, served fresh or from the cache, reaches `__call__` with
the id and is counted.
"""

from audience.counting import countable, record_view

REQUEST_ATTRIBUTE = "audience_page_id"


class PageViewCounterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        page_id = getattr(response, REQUEST_ATTRIBUTE, None)
        if page_id and request.method == "GET" and response.status_code == 200 and countable(request):
            record_view(page_id)
        return response

    def process_template_response(self, request, response):
        page_id = getattr(request, REQUEST_ATTRIBUTE, None)
        if page_id:
            setattr(response, REQUEST_ATTRIBUTE, page_id)
        return response
