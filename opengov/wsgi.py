import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "opengov.settings.dev")

application = get_wsgi_application()

# the started process's objects left out of the garbage collector's walks (core.collector)
from core import collector  # noqa: E402 - needs the settings that get_wsgi_application set up

collector.start()
