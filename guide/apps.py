from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "guide"
    verbose_name = _("Open Gov Guide")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import personal_data

        from . import signals  # noqa: F401
        from .personal_data import self_assessments_part

        personal_data.register("self_assessments", self_assessments_part)
