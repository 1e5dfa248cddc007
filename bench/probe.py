"""Pick the URLs to measure from the dataset and count the SQL queries of each, in one process.

    python -m bench.probe   # prints one JSON object: {"urls": [[name, url], …], "queries": {name: n}}

Each URL is requested twice with Django's test client and the queries of the second request
are counted: that is a warm worker (settings and site chrome in its cache) with the page
cache off, the state every uncached request of the benchmark is served in.
"""

import json
import os

STATIC_URLS = [
    ("accueil", "/"),
    ("histoires", "/histoires/"),
    ("une histoire", None),
    ("offres filtrées", "/offres/?type=stage_3e&places=1"),
    ("agenda mois", "/agenda/?vue=mois"),
    ("partenaires", "/partenaires/"),
    ("geojson", "/api/partenaires.geojson"),
    ("ics", "/agenda/agenda.ics"),
    ("recherche", "/recherche/?q=metier"),
    ("chiffres du programme", "/le-programme/chiffres/"),
]


def story_url():
    from stories.models import StoryPage

    story = StoryPage.objects.live().public().order_by("-first_published_at", "-pk").first()
    return story.url if story else "/histoires/"


def urls():
    return [(name, url or story_url()) for name, url in STATIC_URLS]


def count_queries(url):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME="127.0.0.1")
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response.status_code, len(captured.captured_queries)


def main():
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    django.setup()
    listed = urls()
    queries, statuses = {}, {}
    for name, url in listed:
        statuses[name], queries[name] = count_queries(url)
    from bench.mixed import target

    print(json.dumps({"urls": listed, "queries": queries, "statuses": statuses, "signup_url": target()}))


if __name__ == "__main__":
    main()
