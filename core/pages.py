"""What every translatable page type shares."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet


class TranslatedPageQuerySet(PageQuerySet):
    def in_reader_language(self, locale: Locale):
        """One version of each page: the reader's language when it exists, else the original.

        The original is the default-locale version, or, for a page first written in
        another language, that version. "Exists in a language" is a correlated NOT EXISTS
        on (translation_key, locale), which Wagtail's unique index answers row by row: a
        list of every translation key (ten thousand stories at scale) was built for each
        request otherwise."""
        default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        # the reader's locale is the default one most of the time: no query for it then
        default = locale if locale.language_code == default_code else Locale.get_default()

        def version_in(language: Locale) -> Exists:
            return Exists(self.filter(locale=language, translation_key=OuterRef("translation_key")))

        if locale.pk == default.pk:
            return self.filter(Q(locale=locale) | ~version_in(default))
        return self.filter(
            Q(locale=locale)
            | (Q(locale=default) & ~version_in(locale))
            | (~Q(locale__in=[locale, default]) & ~version_in(locale) & ~version_in(default))
        )


TranslatedPageManager = PageManager.from_queryset(TranslatedPageQuerySet)
