"""The Celery application.

In the embedded default there is no broker: settings make every task run eagerly, in the
process that queued it. In production ``CELERY_BROKER_URL`` points at Redis and workers
(``celery -A opengov worker``) pick the tasks up.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "opengov.settings.dev")

app = Celery("opengov")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
