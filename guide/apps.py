from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "guide"
    verbose_name = _("Open Gov Guide")
    default_auto_field = "django.db.models.BigAutoField"
