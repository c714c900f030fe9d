from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Evidence search")

    def ready(self):
        from community import personal_data

        from . import signals  # noqa: F401
        from .personal_data import saved_searches_part

        personal_data.register("saved_searches", saved_searches_part)
