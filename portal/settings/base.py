"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment (see README, "Variables d'environnement"); the defaults here are
the embedded ones: SQLite, local-memory cache, database search, local files.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from .environment import env_bool, env_list, origin_of

BASE_DIR = Path(__file__).resolve().parent.parent.parent


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "stories",
    "opportunities",
    "partners_directory",
    "search",
    "news",
    "newsletter",
    "audience",
    "corrections",
    "neighbourhoods",
    "steering",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache and WhiteNoise, so that every response gets the headers (portal/security_headers.py).
    "portal.security_headers.ContentSecurityPolicyMiddleware",
    "portal.security_headers.PermissionsPolicyMiddleware",
    "portal.request_limits.RequestLimitsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so that pages served from it are counted too (audience/middleware.py).
    "audience.middleware.PageViewCounterMiddleware",
    "portal.page_cache.AnonymousPageCacheMiddleware",
    # Inside the page cache, so that a page is compressed once when stored, not at every hit: the feeds
    # (2 MB of GeoJSON, 1.5 MB of iCalendar) travel as a tenth of that. Django pads each gzipped body
    # with random bytes against BREACH-style attacks on pages that carry a CSRF token.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out log-in into the French page of portal/lockout.py.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.site_context",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded database under several workers: with WAL, a long read (a search) no longer
    # blocks the short writes beside it (its hit counter, a sign-up), and writers queue instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        transaction_mode="IMMEDIATE",
        timeout=20,
    )
if DATABASE_IS_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions -------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "impact"),
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
    # Sessions live in the database, the cache only speeds them up: Redis may evict keys under memory
    # pressure (the page cache fills it), and an evicted session must not log anyone out or lose a form.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "impact-jeunes",
        }
    }

# Serves bench/ceiling.py's minimal view for `make bench`; never set on a public server.
BENCH_MODE = env_bool("BENCH_MODE", False)

# Per-address limits of forms and search (portal/ratelimit.py); off only for the benchmark.
RATE_LIMITS_ENABLED = env_bool("RATE_LIMITS_ENABLED", True)
# How many proxies (load balancer, CDN…) append to X-Forwarded-For in front of the app. 0: the client is
# REMOTE_ADDR and the header is ignored; N: the entry N places from the right (portal/ratelimit.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Whole-response cache for anonymous visitors (portal/page_cache.py).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)

# --- Search -------------------------------------------------------------------
# French matching on every engine: see search/backends.py.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "impact-jeunes-")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
if ELASTICSEARCH_URL:
    from search.elasticsearch_settings import elasticsearch_backend_settings

    WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_backend_settings(
            ELASTICSEARCH_URL,
            SEARCH_INDEX_PREFIX,
            major_version=int(os.environ.get("ELASTICSEARCH_MAJOR_VERSION", "9")),
        )
    }
SEARCH_QUERY_MAX_LENGTH = 100
# Search terms (Rapports › Termes de recherche) are kept this many days, then erased by
# `manage.py searchpromotions_garbage_collect` (daily, README); a term with an e-mail address or a phone
# number is never recorded (search/views.py).
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("SEARCH_TERMS_RETENTION_DAYS", "30"))
SEARCH_RATE_LIMIT = (60, 60)  # requests per window of seconds, per client address

# --- E-mail -------------------------------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# A transactional provider through django-anymail (its API rather than SMTP): ANYMAIL_PROVIDER names
# the backend module (brevo, mailjet, postmark, sendgrid, mailgun, amazon_ses…) and every other
# ANYMAIL_<SETTING> variable becomes that Anymail setting, e.g. ANYMAIL_BREVO_API_KEY.
ANYMAIL_PROVIDER = os.environ.get("ANYMAIL_PROVIDER", "").strip().lower()
if ANYMAIL_PROVIDER:
    INSTALLED_APPS.append("anymail")
    EMAIL_BACKEND = f"anymail.backends.{ANYMAIL_PROVIDER}.EmailBackend"
    ANYMAIL = {
        name.removeprefix("ANYMAIL_"): value
        for name, value in os.environ.items()
        if name.startswith("ANYMAIL_") and name != "ANYMAIL_PROVIDER"
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Impact Jeunes <ne-pas-repondre@impact-jeunes.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Admin avatars without a request to a third party (Gravatar) carrying a hash of each e-mail address.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Background tasks (django-tasks) -------------------------------------------
# E-mails go through a task (portal/mail.py). Immediate here: run in the request, after commit.
# Production queues them in the database and a worker sends them (README, "Tâches de fond").
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

# Retention periods, rate limits and thresholds of the site's features (portal/settings/features.py).
from .features import *  # noqa: E402, F403

# --- Static and media files ---------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Front-end libraries installed by `npm ci` (package.json), served as they are published.
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
    ("vendor/leaflet.markercluster", BASE_DIR / "node_modules" / "leaflet.markercluster" / "dist"),
    # The steering charts (steering/, /admin/pilotage/ and /le-programme/chiffres/).
    ("vendor/chart.js", BASE_DIR / "node_modules" / "chart.js" / "dist"),
    # The font of the drawn Open Graph cards (portal/og_image.py).
    ("vendor/atkinson-hyperlegible", BASE_DIR / "node_modules" / "@fontsource" / "atkinson-hyperlegible" / "files"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    # Object storage (S3-compatible) so that every app server sees the same media.
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Internationalisation -----------------------------------------------------
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("en", "English")]

# --- Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Impact Jeunes"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 16_000_000  # as portal/image_safety.py: decoding cost grows with pixels
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "csv", "txt"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Publishes as Wagtail does, marked as the workflow's approval (contributed stories accept no other way).
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.workflows.publish_workflow_state"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

# --- Map ------------------------------------------------------------------------
MAP_TILES_URL = os.environ.get("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_ATTRIBUTION = os.environ.get(
    "MAP_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)

# --- Security common to every environment ---------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"


# Video providers whose players the "vidéo ou contenu intégré" block may show.
EMBED_FRAME_SOURCES = env_list("EMBED_FRAME_SOURCES") or [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.dailymotion.com",
    "https://geo.dailymotion.com",
]
# Where media (photos, renditions) are served from when not from this site: the S3 custom domain or
# endpoint, or MEDIA_ORIGINS (comma-separated origins) for anything else.
_media_options = MEDIA_STORAGE.get("OPTIONS", {})
if _media_options.get("custom_domain"):
    _media_origin = f"https://{_media_options['custom_domain']}"
elif AWS_STORAGE_BUCKET_NAME:
    _media_origin = (
        origin_of(_media_options.get("endpoint_url") or "") or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    )
else:
    _media_origin = None
MEDIA_ORIGINS = env_list("MEDIA_ORIGINS") or list(filter(None, [_media_origin]))
# The public site has no inline script or style: see portal/security_headers.py (the admin has its own).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *filter(None, [origin_of(MAP_TILES_URL)]), *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "frame-src": EMBED_FRAME_SOURCES or ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), display-capture=(), geolocation=(self), gyroscope=(), magnetometer=(), "
    "microphone=(), midi=(), payment=(), usb=()"
)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
# Whole request bodies (uploads included) over these sizes are refused before being read
# (portal/request_limits.py); set the reverse proxy's limit to the same values (README, "Sécurité").
MAX_REQUEST_BODY_SIZE = int(os.environ.get("MAX_REQUEST_BODY_MB", "12")) * 1024 * 1024
ADMIN_MAX_REQUEST_BODY_SIZE = int(os.environ.get("ADMIN_MAX_REQUEST_BODY_MB", "50")) * 1024 * 1024

# --- Log-in lock-out (django-axes): /admin/login/ and the company space's log-in -------------
# Five wrong passwords for one account from one address lock that pair out for 15 minutes; the
# failures are kept in the database (shared by every app server). The address is portal.ratelimit's.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "portal.lockout.lockout_response"
AXES_USERNAME_CALLABLE = "portal.lockout.username_of"
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task or page save drowns what matters.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # One line per log-in attempt; lock-outs still show.
        "axes": {"level": "WARNING"},
    },
}
