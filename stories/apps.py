from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("OpenStories")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import timeline

        from . import signals  # noqa: F401
        from .timeline import commitment_stories

        timeline.register("stories", commitment_stories)
