"""The site's sections for the header: fixed views, and the index pages editors publish.

Index pages (stories, later the guide) are looked up once per language and cached; the
cache is dropped whenever a page is published, unpublished, moved or deleted."""

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import languages

_VERSION_KEY = "opengov:nav:version"

# (kind, target, label, description): "view" targets a URL name; "page" a page model's index.
SECTIONS = [
    ("page", "guide.GuideIndexPage", _("Guide"),
     _("What a member can do in each policy area, step by step, with examples.")),
    ("view", "community:challenge_area_list", _("Challenge areas"),
     _("The partnership-wide challenge: ten areas where members commit to progress together.")),
    ("page", "stories.StoryIndexPage", _("Stories"),
     _("Reforms and the reformers who made them happen.")),
    ("view", "community:member_list", _("Members"),
     _("National and local governments, their action plans and what the IRM found.")),
    ("view", "community:commitment_list", _("Commitments"),
     _("Concrete reforms, filterable by area, theme, region and progress.")),
    ("view", "resources:resource_list", _("Research"),
     _("Studies, reports and books on open government: the evidence behind reforms.")),
    ("view", "community:reformer_list", _("Reformers"),
     _("The people behind the reforms, and how to reach them.")),
]  # fmt: skip


def _index_urls(language_code: str) -> dict[str, str]:
    version = cache.get_or_set(_VERSION_KEY, 1, None)
    key = f"opengov:nav:{version}:{language_code}"
    urls = cache.get(key)
    if urls is None:
        urls = {}
        labels = [target for kind, target, *_rest in SECTIONS if kind == "page"]
        pages = (
            Page.objects.live()
            .public()
            .filter(content_type__app_label__in={t.split(".")[0] for t in labels})
            .select_related("content_type", "locale")
            .order_by("depth")
        )
        for page in pages:
            label = f"{page.content_type.app_label}.{page.content_type.model_class().__name__}"
            if label not in labels:
                continue
            if page.locale.language_code == language_code or label not in urls:
                # an index not translated yet: the original, at this language's address
                urls[label] = languages.localize_url(page.get_url(), language_code)
        cache.set(key, urls, 60 * 60)
    return urls


def sections(request) -> list[dict]:
    language_code = (translation.get_language() or "en").split("-")[0]
    index_urls = None
    items = []
    for kind, target, label, description in SECTIONS:
        if kind == "view":
            url = reverse(target)
        else:
            if index_urls is None:
                index_urls = _index_urls(language_code)
            url = index_urls.get(target)
            if url is None:
                continue  # not published yet: never link to a section that does not exist
        items.append(
            {
                "url": url,
                "label": label,
                "description": description,
                "active": request.path.startswith(url),
            }
        )
    return items


def invalidate(**kwargs) -> None:
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, 2, None)


page_published.connect(invalidate, dispatch_uid="nav-published")
page_unpublished.connect(invalidate, dispatch_uid="nav-unpublished")
post_page_move.connect(invalidate, dispatch_uid="nav-moved")
post_delete.connect(invalidate, sender=Page, dispatch_uid="nav-deleted")
