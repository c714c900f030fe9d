from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpengovConfig(AppConfig):
    name = "opengov"
    verbose_name = _("OpenGov Commons")
    default_auto_field = "django.db.models.BigAutoField"
