"""Helpers the apps' demo loaders share."""

from django.conf import settings

from wagtail.models import Locale

from opengov.models import HomePage


def index_pages_ensure(model, *, slug: str, texts: dict[str, dict]) -> dict:
    """A section's index page under the home page, published in every language of ``texts``
    ({"en": {"title": ..., "intro": ...}, "fr": ...}). Existing pages are left as they are."""
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    index = model.objects.child_of(home).first()
    if index is None:
        text = texts[settings.LANGUAGE_CODE]
        index = home.add_child(instance=model(slug=slug, **text))
        index.save_revision().publish()
    pages = {settings.LANGUAGE_CODE: index.specific}
    for code, text in texts.items():
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        translation = index.get_translation_or_none(locale)
        if translation is None:
            translation = index.copy_for_translation(locale).specific
            for field, value in text.items():
                setattr(translation, field, value)
            translation.save_revision().publish()
        pages[code] = translation.specific
    return pages
