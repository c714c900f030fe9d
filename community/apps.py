from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Partnership and community")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import follows, labels, personal_data, signals, timeline  # noqa: F401
        from .models import PolicyAreaTag
        from .permissions import editors_group_ensure

        # OGP's policy areas: names marked for translation in vocabulary.py
        labels.translate_with_catalogue(PolicyAreaTag)

        personal_data.register("account", personal_data.account_part)
        personal_data.register("profile", personal_data.profile_part)
        personal_data.register("points_of_contact", personal_data.points_of_contact_part)
        personal_data.register(
            "follows_and_notifications", personal_data.follows_and_notifications_part
        )
        personal_data.register("connections", personal_data.connections_part)
        timeline.register_own()
        follows.register_own()

        post_migrate.connect(editors_group_ensure, sender=self, dispatch_uid="editors-group")
