from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared base every app may use and that uses none of ours: the transactional
    outbox, what translatable page types share, the shared StreamField blocks, the demo
    loaders' helpers."""

    name = "core"
    verbose_name = _("Core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import page_cache, request_cache, routing

        page_cache.connect()
        request_cache.connect()
        routing.connect()
