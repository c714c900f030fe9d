# The production image of OpenGov Commons: one image for web (gunicorn), worker, beat and
# migrate (see compose.yaml and docs/operations.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=opengov.settings.production

WORKDIR /app

# gettext (msgfmt) compiles the French and Spanish catalogues below from their .po files.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, so that a code change does not reinstall them. pyproject.toml declares
# no packages, so `pip install .` installs the dependencies; the code runs from /app
# (PYTHONPATH above).
COPY pyproject.toml ./
RUN pip install .

# The whole tree, less what .dockerignore leaves out (version control, virtualenv, var/,
# tests, docs, compiled catalogues): a new app is in the image without a line here.
# tests/opengov/test_image.py checks that every installed app of ours is.
COPY . ./

# Production settings refuse to load without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL;
# these throwaway values exist only during this RUN and are not kept in the image.
RUN export SECRET_KEY=build-only-throwaway-key-not-used-at-runtime \
        ALLOWED_HOSTS=localhost \
        DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    && python manage.py compilemessages \
    && python manage.py collectstatic --noinput \
    && rm -f /tmp/build.sqlite3

RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app \
    && mkdir -p /app/var/media /app/var/profile-photos \
    && chown app /app/var/media /app/var/profile-photos
USER app

EXPOSE 8000
CMD ["gunicorn", "opengov.wsgi:application", "--bind", "0.0.0.0:8000"]
