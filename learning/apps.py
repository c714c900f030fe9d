from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import personal_data

        # checks: the credential key; signals; views: the pages' routes (page_routes)
        from . import checks, evidence, signals, views  # noqa: F401
        from .personal_data import learning_part

        personal_data.register("learning", learning_part)
        evidence.register()  # courses and lessons in the evidence index

        # the cohort space's part of community's registries (community never imports us)
        from community import badges, follows, peer_reasons

        from .alumni_selectors import badges_for, shared_cohorts
        from .models import Cohort

        badges.register("learning.alumni", badges_for)
        peer_reasons.register("learning.cohorts", shared_cohorts)
        follows.register(
            follows.FollowKind("cohort", "learning.Cohort", lambda user: Cohort.objects.listed())
        )
