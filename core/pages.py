"""What every translatable page type shares."""

from django.db.models import Q

from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet


class TranslatedPageQuerySet(PageQuerySet):
    def in_reader_language(self, locale: Locale):
        """One version of each page: the reader's language when it exists, else the original.

        The original is the default-locale version, or, for a page first written in
        another language, that version."""
        default = Locale.get_default()
        translated = self.filter(locale=locale).values("translation_key")
        in_default = self.filter(locale=default).values("translation_key")
        return self.filter(
            Q(locale=locale)
            | (Q(locale=default) & ~Q(translation_key__in=translated))
            | (~Q(locale__in=[locale, default])
               & ~Q(translation_key__in=translated) & ~Q(translation_key__in=in_default))
        )  # fmt: skip


TranslatedPageManager = PageManager.from_queryset(TranslatedPageQuerySet)
