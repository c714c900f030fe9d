"""Tags for pages read in another language than their own (see core.languages)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from core import languages

register = template.Library()

# Whole sentences per language, so that each reads naturally once translated ("en
# français", "l'anglais"); a language added to LANGUAGES later gets the general sentence.
NOT_TRANSLATED = {
    "en": _("This page has not been translated into English yet."),
    "fr": _("This page has not been translated into French yet."),
    "es": _("This page has not been translated into Spanish yet."),
}
SHOWN_IN = {
    "en": _("It is shown in its original language, English."),
    "fr": _("It is shown in its original language, French."),
    "es": _("It is shown in its original language, Spanish."),
}
READ_IT_IN = {
    "en": _("Read this page in English"),
    "fr": _("Read this page in French"),
    "es": _("Read this page in Spanish"),
}


@register.simple_tag(takes_context=True)
def reader_pageurl(context, page):
    """{% reader_pageurl page %}: the page's address in the reader's language (the page
    itself if it is in that language, else its original served in the reader's interface)."""
    return languages.page_url(page, context.get("request"))


@register.simple_tag
def content_lang(page):
    """{% content_lang page %}: ` lang="xx"` on an element holding the page's own text,
    when that text is not in the interface language."""
    language = languages.content_language(page)
    if language == languages.reader_language():
        return ""
    return format_html(' lang="{}"', language)


@register.inclusion_tag("core/includes/translation_notice.html", takes_context=True)
def translation_notice(context):
    """A visible notice on a page shown in another language than the reader's."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return {}
    reader = languages.reader_language()
    original = languages.content_language(page)
    if original == reader:
        return {}
    translation = languages.page_translations(page, request).get(reader)
    return {
        "original": original,
        "not_translated": None if translation else NOT_TRANSLATED.get(reader),
        "shown_in": SHOWN_IN.get(original),
        "translation_url": translation,
        "read_it_in": READ_IT_IN.get(reader),
    }


@register.simple_tag(takes_context=True)
def reader_routablepageurl(context, page, url_name, *args, **kwargs):
    """{% reader_routablepageurl page "name" %}: Wagtail's routablepageurl, at the reader's
    language prefix."""
    base = languages.page_url(page, context.get("request"))
    return base + page.reverse_subpage(url_name, args=args, kwargs=kwargs)


@register.filter
def in_reader_language(url):
    """{{ value.link|in_reader_language }}: an address typed by an editor ("/members/") or
    kept by a record, at the reader's language prefix; other sites' addresses unchanged."""
    return languages.localize_url(str(url or ""))
