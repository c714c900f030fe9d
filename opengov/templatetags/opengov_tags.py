from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

from core import languages
from opengov import alternates

register = template.Library()


def _route_suffix(page: Page, request) -> str:
    """What the address adds to the page's own (a routable page's sub-route, e.g.
    "self-assessment/"), so that the switcher keeps it."""
    own = languages.page_url(page, request, languages.reader_language())
    if own and request.path.startswith(own):
        return request.path[len(own) :]
    return ""


def switcher_links(context) -> list[dict]:
    """This very page in each language: its translation for a Wagtail page that has one,
    else the same address in that language, which serves the original with a notice (see
    core.languages). Each link goes through the language choice, which remembers it."""
    request = context["request"]
    page = context.get("page")
    current = languages.reader_language()
    query = request.META.get("QUERY_STRING", "")
    here = request.get_full_path()
    translations, suffix = {}, ""
    if isinstance(page, Page):
        translations = languages.page_translations(page, request)
        suffix = _route_suffix(page, request)
    links = []
    for code in languages.language_codes():
        if code in translations:
            target = translations[code] + suffix + (f"?{query}" if query else "")
        else:
            target = languages.localize_url(here, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "target": target,
                "url": f"{reverse('language_choose', args=[code])}?{urlencode({'next': target})}",
                "current": code == current,
            }
        )
    return links


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this very page in each language (see switcher_links)."""
    return {"languages": switcher_links(context)}


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
