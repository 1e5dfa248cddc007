"""Reading settings from the environment: lists, switches, required values, a strong secret key."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def split_list(value):
    return [item.strip() for item in value.split(",") if item.strip()]


def env_list(name):
    return split_list(os.environ.get(name, ""))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable is required in production.")
    return value


# Keys of the development and test settings, and Django's generated placeholders: never in production.
KNOWN_WEAK_KEY_MARKERS = ("django-insecure", "dev-only-secret-key", "test-only-secret-key", "change-me", "changeme")


def require_secret_key():
    """SECRET_KEY from the environment, refused unless long and random-looking (Django's own criteria)."""
    value = require_env("SECRET_KEY")
    if len(value) < 50 or len(set(value)) < 5 or any(marker in value.lower() for marker in KNOWN_WEAK_KEY_MARKERS):
        raise ImproperlyConfigured(
            "SECRET_KEY is too weak for production: use at least 50 random characters "
            "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
        )
    return value


def origin_of(url):
    """`scheme://host` of an absolute URL or URL template (a `{s}` subdomain becomes `*`); None for a path."""
    parts = urlsplit(url.replace("{s}.", "x."))
    if not parts.scheme or not parts.netloc:
        return None
    host = "*." + parts.netloc[2:] if "{s}." in url else parts.netloc
    return f"{parts.scheme}://{host}"
