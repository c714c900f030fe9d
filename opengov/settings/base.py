"""Settings shared by every stack. Everything that differs between machines comes from the
environment (django-environ); see docs/settings.md for the full list."""

from email.utils import formataddr
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

# The site's name: page titles, e-mail subjects and greetings, the sender's name, Wagtail's admin.
SITE_NAME = env("SITE_NAME", default="OpenGov Commons")

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default=None)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # first: their rows (content types, permissions, groups) come first wherever the database
    # is serialised in app order (the test suite's restore after a transactional test)
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "core",
    "opengov",
    "community",
    "stories",
    "guide",
    "resources",
    "learning",
    "awards",
    "search",
    "api",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "wagtail.api.v2",
    "csp",
    "allauth",
    "allauth.account",
    "django.contrib.admin",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "opengov.middleware.ContentSecurityPolicyMiddleware",
    "opengov.middleware.RejectNullBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # before anything that may answer: CORS headers for the API (/api/ only, below)
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "opengov.middleware.FirstVisitLanguageMiddleware",
    # after the language is known, before the session, CSRF and user are read
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "opengov.urls"
WSGI_APPLICATION = "opengov.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "opengov.context_processors.site_navigation",
                "opengov.context_processors.site_identity",
                "community.context_processors.notifications",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------
# The embedded default is a SQLite file under var/; production sets DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# WAL lets the dev server read while a command writes (and NORMAL sync is safe with WAL).
# Memory-mapped reads and a 32 MB page cache keep the full-text index in memory between
# queries. Transactions begin IMMEDIATE: a transaction that reads and then writes would
# otherwise fail at once with "database is locked" when another writer got in between (the
# busy timeout cannot help a read lock that must be upgraded); taking the write lock at
# BEGIN makes concurrent writers wait their turn, up to the timeout.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
    "PRAGMA mmap_size=268435456; PRAGMA cache_size=-32000;"
)


def sqlite_options(database: dict) -> dict:
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update(
            {"timeout": 20, "init_command": SQLITE_PRAGMAS, "transaction_mode": "IMMEDIATE"}
        )
    return database


sqlite_options(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Anonymous readers' pages kept this long in the cache, emptied on every write the site shows
# (core.page_cache); 0 turns the page cache off. Not under these paths:
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
PAGE_CACHE_SKIP_PATHS = ["/admin/", "/api/", "/documents/", "/credentials/"]

# The cyclic garbage collector of a web process (core.collector, started by opengov/wsgi.py):
# its three thresholds (gc.set_threshold; empty: Python's 700,10,10; 20000 for the youngest
# generation halved the collector's CPU in a gunicorn worker, docs/performance.md), and after
# how many requests the process freezes what its warm-up created (0: only at start-up)
GC_THRESHOLD = tuple(env.list("GC_THRESHOLD", cast=int, default=[20000, 10, 10]))
GC_FREEZE_AFTER_REQUESTS = env.int("GC_FREEZE_AFTER_REQUESTS", default=50)

# --- Authentication (django-allauth) ----------------------------------------------------
AUTH_USER_MODEL = "community.User"
AUTHENTICATION_BACKENDS = [
    "core.auth_backends.ModelBackend",  # one query for the permissions, not two
    "allauth.account.auth_backends.AuthenticationBackend",
    # sessions signed in before core's backend name it; it shares the permissions read above
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
# sign-ups with one address at the same moment make one account (community/accounts.py)
ACCOUNT_FORMS = {"signup": "community.accounts.SignupForm"}
# e-mails carry the site's name ("[OpenGov Commons] Please confirm…"), not the request's host
ACCOUNT_ADAPTER = "community.accounts.AccountAdapter"
# allauth's rate limits count per client address (failed sign-ins: 10 a minute). Behind a
# reverse proxy every request comes from the proxy, so one client's failures would lock out
# everyone: count the address the proxy reports instead. ALLAUTH_TRUSTED_PROXY_COUNT is the
# number of proxies in front of gunicorn that append to X-Forwarded-For (compose: 1, Caddy,
# which replaces whatever X-Forwarded-For the client sent); or name a header the proxy sets
# to the client's address (ALLAUTH_TRUSTED_CLIENT_IP_HEADER, e.g. X-Real-IP). Never set
# either when clients can reach gunicorn directly: they could then pick their own address.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("ALLAUTH_TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("ALLAUTH_TRUSTED_CLIENT_IP_HEADER", default=None)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "search:dashboard"  # the signed-in reformer's home

# --- E-mail ------------------------------------------------------------------------------
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default=formataddr((SITE_NAME, "noreply@localhost")))
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Languages ---------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# The language a reader picks in the switcher is remembered for a year (opengov.views.
# language_choose); the home page honours it, else the browser's Accept-Language.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# No automatic alias copies of new pages in the other languages: a page not yet translated
# is served in its original language with a notice, at every language's address
# (core.languages; docs/architecture.md, "URLs and languages").
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False

# --- Static and media --------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Profile photos are personal data: kept apart from public media (never under MEDIA_URL) and
# served by community.views.profile_photo to those who may see the profile.
PROFILE_PHOTOS_ROOT = env.path("PROFILE_PHOTOS_ROOT", default=VAR_DIR / "profile-photos")
# Files browsers and crawlers ask for at the root of the site (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = PROJECT_DIR / "root_files"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "profile_photos": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PROFILE_PHOTOS_ROOT, "base_url": "/reformers/photos/"},
    },
}
# Reformers upload profile photos; refuse anything larger before Pillow opens it, and
# anything of more pixels before Pillow decodes it (a small PNG can decode to gigabytes).
PROFILE_PHOTO_MAX_BYTES = 5 * 1024 * 1024
PROFILE_PHOTO_MAX_PIXELS = 30_000_000
PROFILE_PHOTO_MAX_SIDE = 512
# Files supporting award nominations (PDF, JPEG, PNG): private, served by the site after its
# own check (awards.files); each refused above this size before anything parses it.
AWARD_FILES_ROOT = env.path("AWARD_FILES_ROOT", default=VAR_DIR / "award-files")
STORAGES["award_files"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": AWARD_FILES_ROOT},
}
AWARD_FILE_MAX_BYTES = env.int("AWARD_FILE_MAX_BYTES", default=10 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -----------------------------------------------------------------------------
WAGTAIL_SITE_NAME = SITE_NAME
# The site's public address: links in admin e-mails, and the hostname and port of the Wagtail
# Site record, which every `migrate` sets from it (opengov.services.site_record_sync).
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: it would send each editor's e-mail hash to a third party on every admin page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's responsive embeds wrap the frame in an inline style, which the site's
# Content-Security-Policy refuses; the stylesheet sizes `.video iframe` instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False

# --- Learning: the Open Badges credentials' signing key (docs/credentials.md) --------------
# The platform's Ed25519 private key, as a one-line JWK or a PEM (`manage.py credential_key`
# makes one); `check --deploy` fails without it. Earlier keys' public JWKs stay published
# (a JSON list) so that credentials they signed still verify. dev and test derive a key
# from SECRET_KEY when none is set (LEARNING_CREDENTIAL_DEV_KEY).
LEARNING_CREDENTIAL_KEY = env("LEARNING_CREDENTIAL_KEY", default="")
LEARNING_CREDENTIAL_RETIRED_KEYS = env.json("LEARNING_CREDENTIAL_RETIRED_KEYS", default=[])
LEARNING_CREDENTIAL_DEV_KEY = False

# --- Community: peer connections (community.connection_services, docs/community.md) -------
# A reformer may ask this many people to connect per 24 hours, and have this many requests
# awaiting an answer at once.
CONNECTION_REQUESTS_PER_DAY = env.int("CONNECTION_REQUESTS_PER_DAY", default=20)
CONNECTION_PENDING_MAX = env.int("CONNECTION_PENDING_MAX", default=50)

# --- Search: the evidence engines, by alias, in the shape of CACHES (search/engines/) --------
# "default" answers readers and takes index writes; with FALLBACK, reads it cannot answer go
# to the database engine (the read model itself) and the page says so.
SEARCH_ENGINE = env("SEARCH_ENGINE", default="database")
_SEARCH_ENGINES = {
    "database": {"ENGINE": "search.engines.database.DatabaseEngine"},
    "elasticsearch": {
        "ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
        "OPTIONS": {
            "url": env("ELASTICSEARCH_URL", default=""),
            # the alias readers query; each rebuild creates "<alias>-<timestamp>" and swaps it
            "index": env("ELASTICSEARCH_INDEX", default="opengov-evidence"),
            # a reader waits at most this long before the database engine answers instead
            "read_timeout": env.float("ELASTICSEARCH_READ_TIMEOUT", default=1.0),
            # an indexing task's request; the task retries later with backoff
            "write_timeout": env.float("ELASTICSEARCH_WRITE_TIMEOUT", default=5.0),
        },
        "FALLBACK": "database",
        "BREAKER_SECONDS": 15,  # after a timeout or refused connection, nobody tries for this long
    },
}
# OpenSearch 2.x: the same indices and request bodies through opensearch-py; the index name and
# timeouts are the ELASTICSEARCH_* ones, the endpoint OPENSEARCH_URL
_SEARCH_ENGINES["opensearch"] = {
    **_SEARCH_ENGINES["elasticsearch"],
    "ENGINE": "search.engines.opensearch.OpenSearchEngine",
    "OPTIONS": {
        **_SEARCH_ENGINES["elasticsearch"]["OPTIONS"],
        "url": env("OPENSEARCH_URL", default=""),
    },
}
if SEARCH_ENGINE not in _SEARCH_ENGINES:
    raise ImproperlyConfigured(
        f"SEARCH_ENGINE must be one of {', '.join(_SEARCH_ENGINES)}, not {SEARCH_ENGINE!r}"
    )
SEARCH_ENGINES = {"default": _SEARCH_ENGINES[SEARCH_ENGINE], **_SEARCH_ENGINES}
# the multilingual semantic retriever fused with the full-text results (search/semantic.py):
# vectors computed by the indexing task, nearest records added to every free-text search.
# On by default where a Celery worker runs that task (a broker is set): on the embedded stack
# tasks run inside the request, and embedding (0.1-2 s of CPU a record) would make every save
# and `make run`'s demo load wait for it; turn it on there with SEARCH_SEMANTIC=true.
SEARCH_SEMANTIC = env.bool("SEARCH_SEMANTIC", default=bool(env("CELERY_BROKER_URL", default="")))

# --- Celery ------------------------------------------------------------------------------
# Without a broker every task runs eagerly in the calling process: the embedded default
# needs nothing else running. Production sets CELERY_BROKER_URL (Redis).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
# An eager task still borrows a producer to serialise its arguments; with no broker URL that
# producer's connection would default to amqp with no host, and kombu would log "No hostname
# was supplied" in every process that queues a task (each import, each save). The in-memory
# transport, given a host, stays inside the process.
CELERY_BROKER_WRITE_URL = None if CELERY_BROKER_URL else "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "opengov"
CELERY_TIMEZONE = TIME_ZONE
# Writes queue their tasks through the transactional outbox (core.outbox), which hands them
# to the broker when the transaction commits, inside the web request. With the broker down
# or unreachable that must fail within seconds, not hang (redis-py waits forever by
# default): whatever is not sent stays in the outbox for the drain. One quick retry covers a
# pooled connection that went stale when Redis restarted.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 3,
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
# A worker started before Redis waits for it rather than exiting.
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Seconds between two drains of the outbox (beat); a message sent but still not done after
# OUTBOX_RESEND_AFTER seconds is sent again (its first copy is presumed lost; a duplicate
# does nothing). A failed task is retried after 30 s, 1 min, 2 min, ... up to an hour.
OUTBOX_DRAIN_INTERVAL = env.float("OUTBOX_DRAIN_INTERVAL", default=30)
OUTBOX_RESEND_AFTER = 600
OUTBOX_RETRY_MAX_DELAY = 3600
# Periodic tasks, sent by the one `celery beat` of the deployment (docs/operations.md).
CELERY_BEAT_SCHEDULE = {
    "outbox-drain": {
        "task": "core.tasks.outbox_drain",
        "schedule": OUTBOX_DRAIN_INTERVAL,
        # drains queued while no worker ran are useless once the next one is due
        "options": {"expires": OUTBOX_DRAIN_INTERVAL},
    },
    # repairs the search index after writes that failed (e.g. Elasticsearch down for longer
    # than the indexing tasks' retries): seconds between two runs
    "search-reconcile": {
        "task": "search.tasks.reconcile",
        "schedule": env.float("SEARCH_RECONCILE_SECONDS", default=3600),
    },
    # the weekly digest of notifications (once per person and week however often it fires)
    "weekly-digest": {
        "task": "community.tasks.weekly_digest",
        "schedule": crontab(
            day_of_week=env("NOTIFY_DIGEST_DAY", default="mon"),
            hour=env.int("NOTIFY_DIGEST_HOUR", default=6),
            minute=0,
        ),
    },
    # saved searches with new matches since their owner last looked become notifications
    "saved-searches-notify": {
        "task": "search.tasks.saved_searches_notify",
        "schedule": crontab(hour=env.int("NOTIFY_SAVED_SEARCH_HOUR", default=5), minute=30),
    },
}
# Notifications: how long the header's unread count may be cached (it is dropped at every
# change anyway), and how long a digest's unsubscribe link works.
NOTIFY_UNREAD_CACHE_SECONDS = env.int("NOTIFY_UNREAD_CACHE_SECONDS", default=300)
NOTIFY_UNSUBSCRIBE_MAX_AGE_DAYS = env.int("NOTIFY_UNSUBSCRIBE_MAX_AGE_DAYS", default=60)

# --- Security that holds everywhere ------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Content-Security-Policy (django-csp) ------------------------------------------------
# The public site runs no inline script and no inline style: every script and stylesheet is a
# static file. Wagtail's admin (and Django's, if mounted) still needs inline scripts and
# styles, so it has its own, relaxed policy (opengov.middleware.ContentSecurityPolicyMiddleware;
# docs/operations.md). Embedded videos play in frames from the providers in CSP_FRAME_SRC.
_frame_sources = env.list(
    "CSP_FRAME_SRC",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
_media_sources = env.list("CSP_MEDIA_HOSTS", default=[])  # e.g. the S3 bucket's origin
_report_uri = env("CSP_REPORT_URI", default="")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_media_sources],
        "media-src": [SELF, *_media_sources],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *_frame_sources],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "report-uri": [_report_uri] if _report_uri else None,
    },
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *_media_sources],
        "font-src": [SELF, "data:"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # a line per task is useful from a worker; run eagerly (no broker) it is noise
        "celery.app.trace": {
            "level": "INFO" if env("CELERY_BROKER_URL", default="") else "WARNING"
        },
    },
}

# --- Open data: the read-only API (api/, docs/open-data.md) ------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.ApiPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.AnonymousThrottle",
        "api.throttling.SignedInThrottle",
    ],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # the client's address as the proxy in front saw it (X-Forwarded-For), for the limits
    "NUM_PROXIES": env.int("API_NUM_PROXIES", default=None),
}
# Requests per period (second, minute, hour or day), counted in the default cache.
API_THROTTLE_RATES = {
    "anon": env("API_THROTTLE_ANON", default="60/minute"),
    "user": env("API_THROTTLE_USER", default="600/minute"),
}
API_PAGE_SIZE = env.int("API_PAGE_SIZE", default=50)
API_MAX_PAGE_SIZE = env.int("API_MAX_PAGE_SIZE", default=200)
SPECTACULAR_SETTINGS = {
    "TITLE": "OpenGov Commons API",
    "DESCRIPTION": "Read-only open data: commitments, members, action plans, challenge areas, "
    "stories and the guide's recommendations. See docs/open-data.md.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_URLCONF": "api.schema_urls",
    "DEFAULT_GENERATOR_CLASS": "api.schema.ApiSchemaGenerator",
    "ENUM_NAME_OVERRIDES": {"CompletionEnum": "community.models.Commitment.Completion"},
}
# CORS: any origin may read the API (GET, HEAD and the preflight OPTIONS), nothing else.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
CORS_PREFLIGHT_MAX_AGE = env.int("CORS_PREFLIGHT_MAX_AGE", default=86400)
