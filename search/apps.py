from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Evidence search")

    def ready(self):
        from community import keywords, personal_data

        from . import signals  # noqa: F401
        from .api import keyword_matches
        from .personal_data import saved_searches_part

        personal_data.register("saved_searches", saved_searches_part)
        keywords.register(keyword_matches)
