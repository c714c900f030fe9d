from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import personal_data

        from . import views  # noqa: F401  (registers the pages' views: page_routes)
        from .personal_data import learning_part

        personal_data.register("learning", learning_part)

        # the cohort space's part of community's registries (community never imports us)
        from community import badges, peer_reasons

        from .alumni_selectors import badges_for, shared_cohorts

        badges.register("learning.alumni", badges_for)
        peer_reasons.register("learning.cohorts", shared_cohorts)
