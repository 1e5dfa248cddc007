"""Production: everything comes from the environment, and the site refuses to
start without a strong secret key and the host names it answers to."""

from .base import *  # noqa: F403
from .base import os
from .environment import env_bool, env_list, require_env, require_secret_key, split_list

DEBUG = False
SECRET_KEY = require_secret_key()
ALLOWED_HOSTS = split_list(require_env("ALLOWED_HOSTS"))
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SHOW_DEMO_PASSWORDS = False

# E-mails and other background work wait in the database for `manage.py db_worker` (README).
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Behind a load balancer that terminates TLS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
