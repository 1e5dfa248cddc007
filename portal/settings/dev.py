from .base import *  # noqa: F403
from .base import os
from .environment import env_bool

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-secret-key-never-used-in-production-0123456789abcdef")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
SHOW_DEMO_PASSWORDS = True

# runserver serves static files straight from the app folders; no collectstatic needed.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Template edits show at once; the page cache is tried with PAGE_CACHE_ENABLED=1 or in production.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)
