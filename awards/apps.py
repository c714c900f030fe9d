from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Awards")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import personal_data, timeline

        from .personal_data import awards_part
        from .timeline import commitment_awards

        personal_data.register("awards", awards_part)
        timeline.register("awards", commitment_awards)
