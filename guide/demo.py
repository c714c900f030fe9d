"""Demo guide: an index in each language and seven chapters of recommendations, three of
them translated. Creates what is missing; existing pages are left as editors left them."""

from html import escape

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale

from community.models import ChallengeArea, Commitment, Theme
from opengov.demo import index_pages_ensure

from .models import GuideChapterPage, GuideIndexPage, Recommendation


def _links(items, key):
    return [("link", {"title": item[key], "url": item["url"]}) for item in items]


def _chapter(index, row) -> tuple[GuideChapterPage, bool]:
    existing = GuideChapterPage.objects.child_of(index).filter(slug=row["slug"]).first()
    if existing is not None:
        return existing.specific, False
    default = {"locale__language_code": settings.LANGUAGE_CODE}
    chapter = GuideChapterPage(title=row["title"], slug=row["slug"], intro=row["intro"])
    chapter.themes = list(Theme.objects.filter(slug__in=row["themes"], **default))
    chapter.challenge_areas = list(
        ChallengeArea.objects.filter(slug__in=row["challenge_areas"], **default)
    )
    recommendations = []
    for order, rec in enumerate(row["recommendations"]):
        recommendation = Recommendation(
            sort_order=order,
            title=rec["title"],
            level=rec["level"],
            description=f"<p>{escape(rec['description'], quote=False)}</p>",
            standards=_links(rec.get("standards", []), "title"),
            partners=_links(rec.get("partners", []), "name"),
        )
        recommendation.example_commitments = [
            c
            for code, title in rec.get("examples", [])
            if (c := Commitment.objects.filter(action_plan__member__code=code, title=title).first())
        ]
        recommendations.append(recommendation)
    chapter.recommendations = recommendations
    index.add_child(instance=chapter)
    chapter.save_revision().publish()
    return chapter, True


def _translate(chapter, code, text) -> bool:
    locale = Locale.objects.get(language_code=code)
    if chapter.get_translation_or_none(locale) is not None:
        return False
    translation = chapter.copy_for_translation(locale).specific
    translation.title, translation.intro = text["title"], text["intro"]
    for rec, rec_text in zip(
        translation.recommendations.all(), text["recommendations"], strict=False
    ):
        rec.title = rec_text["title"]
        rec.description = f"<p>{escape(rec_text['description'], quote=False)}</p>"
        rec.save()
    translation.save_revision().publish()
    return True


@transaction.atomic
def load_guide() -> str:
    from .demo_content import CHAPTERS, GUIDE

    indexes = index_pages_ensure(GuideIndexPage, slug="guide", texts=GUIDE)
    created = translated = recommendations = 0
    for row in CHAPTERS:
        chapter, new = _chapter(indexes[settings.LANGUAGE_CODE], row)
        created += new
        recommendations += len(row["recommendations"])
        for code, text in row.get("translations", {}).items():
            translated += _translate(chapter, code, text)
    return (
        f"{created} chapters ({recommendations} recommendations) and {translated} "
        f"translations created ({len(CHAPTERS)} in all)"
    )
