from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class OpengovConfig(AppConfig):
    name = "opengov"
    verbose_name = _("OpenGov Commons")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import navigation  # noqa: F401  (connects its cache invalidation)

        post_migrate.connect(site_record_follow, sender=self, dispatch_uid="opengov-site")


def site_record_follow(sender, apps=None, using="default", **kwargs):
    """After every `migrate`: the Site record follows the deployment's address, should
    WAGTAILADMIN_BASE_URL change (a new domain, another port)."""
    from django.apps import apps as global_apps
    from django.conf import settings

    from .services import site_record_sync

    try:
        site_model = (apps or global_apps).get_model("wagtailcore", "Site")
    except LookupError:
        return  # wagtailcore not migrated (yet)
    site_record_sync(
        base_url=settings.WAGTAILADMIN_BASE_URL,
        site_name=settings.SITE_NAME,
        site_model=site_model,
        using=using,
    )
