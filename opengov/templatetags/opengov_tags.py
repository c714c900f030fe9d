from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

from opengov import alternates

register = template.Library()


def _page_translations(page: Page, request) -> dict[str, str]:
    """Live translations of ``page`` by language code, in one query."""
    translations = Page.objects.filter(translation_key=page.translation_key, live=True)
    return {
        p.locale.language_code: p.get_url(request) for p in translations.select_related("locale")
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this very page in each language: the page's translation for a Wagtail page,
    the same address with the other language prefix for every other view."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = _page_translations(page, request) if isinstance(page, Page) else {}
    links = []
    for code, _name in settings.LANGUAGES:
        url = translations.get(code) or translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
            }
        )
    return {"languages": links}


def _social_title(page) -> str:
    from opengov.models import HomePage

    if page is None:
        return ""
    # the home page is titled with the site's name (its title is the site's name too)
    return page.seo_title or (settings.SITE_NAME if isinstance(page, HomePage) else page.title)


@register.inclusion_tag("includes/head_meta.html", takes_context=True)
def head_meta(context, indexable=True):
    """What every page's <head> says about it besides its title: canonical address, its
    versions in other languages (hreflang), Open Graph and Twitter card tags, icons.

    Pages may offer `social_image` and `social_description`, else their search description
    is used. `indexable=False` (error pages) leaves out the addresses and asks robots not to
    index the page."""
    request = context["request"]
    page = context.get("page")
    specific = getattr(page, "specific", page) if isinstance(page, Page) else None
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    og_locales = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}
    page_obj = context.get("page_obj")
    links = None
    if indexable:
        links = alternates.head_links(
            request, page=page, page_number=getattr(page_obj, "number", None)
        )
    return {
        "request": request,
        "indexable": indexable,
        "links": links,
        "site_name": settings.SITE_NAME,
        "page": specific,
        "title": _social_title(specific),
        "description": getattr(specific, "social_description", None)
        or getattr(specific, "search_description", ""),
        "image": getattr(specific, "social_image", None),
        "og_locale": og_locales.get(language, language),
        "og_type": getattr(specific, "og_type", "website"),
    }
