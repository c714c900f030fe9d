from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Research library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import labels

        from . import signals  # noqa: F401
        from .models import ResearchCategoryTag
        from .permissions import editors_group_ensure

        # the research exchange's categories: names marked for translation in vocabulary.py
        labels.translate_with_catalogue(ResearchCategoryTag)

        post_migrate.connect(
            editors_group_ensure, sender=self, dispatch_uid="editors-group-resources"
        )
