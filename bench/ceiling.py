"""The ceiling of the benchmark: the cheapest Django view, a 20 KB string, under the same server."""

from django.http import HttpResponse

BODY = ("<p>" + "Impact Jeunes " * 8 + "</p>\n") * 170


def ceiling(request):
    return HttpResponse(BODY[:20_000])
