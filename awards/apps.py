from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Awards")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import personal_data, recognitions, timeline

        from . import evidence
        from .personal_data import awards_part
        from .selectors import recognitions as award_recognitions
        from .timeline import commitment_awards

        personal_data.register("awards", awards_part)
        # a winner shows on the nominee's own page (community does not import awards)
        recognitions.register("awards", award_recognitions)
        # winners are evidence (the search layer does not import awards)
        evidence.register()
        timeline.register("awards", commitment_awards)
