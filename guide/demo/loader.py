"""Demo guide: an index in each language (index.yaml) and a chapter of recommendations per
file in chapters/, in file-name order; each translation sits next to its original in the same
file. Creates what is missing; existing pages are left as editors left them."""

from pathlib import Path

from django.conf import settings

from wagtail.models import Locale

from community.models import ChallengeArea, Commitment, Theme
from core.demo import (
    default_locale_rows,
    index_pages_ensure,
    paragraph_html,
    pick,
    publish,
    read_yaml,
)
from guide.models import GuideChapterPage, GuideIndexPage, Recommendation

DEMO = Path(__file__).parent


def load_guide() -> str:
    indexes = index_pages_ensure(GuideIndexPage, slug="guide", texts=read_yaml(DEMO / "index.yaml"))
    chapters = [(path, read_yaml(path)) for path in sorted((DEMO / "chapters").glob("*.yaml"))]
    vocab = {
        "theme": default_locale_rows(Theme),
        "challenge area": default_locale_rows(ChallengeArea),
    }
    created = translated = recommendations = 0
    for path, row in chapters:
        chapter, new = _chapter(indexes[settings.LANGUAGE_CODE], path, row, vocab)
        created += new
        recommendations += len(row["recommendations"])
        for code, text in row.get("translations", {}).items():
            translated += _translate(chapter, code, text, row["recommendations"])
    return (
        f"{created} chapters ({recommendations} recommendations) and {translated} "
        f"translations created ({len(chapters)} in all)"
    )


def _links(items, key):
    return [("link", {"title": item[key], "url": item["url"]}) for item in items]


def _chapter(index, path, row, vocab) -> tuple[GuideChapterPage, bool]:
    existing = GuideChapterPage.objects.child_of(index).filter(slug=row["slug"]).first()
    if existing is not None:
        return existing.specific, False
    chapter = GuideChapterPage(title=row["title"], slug=row["slug"], intro=row["intro"])
    chapter.themes = pick(vocab["theme"], row["themes"], what="theme", source=path)
    chapter.challenge_areas = pick(
        vocab["challenge area"], row["challenge_areas"], what="challenge area", source=path
    )
    ids = [i for rec in row["recommendations"] for i in rec.get("examples", [])]
    examples = {c.public_id: c for c in Commitment.objects.filter(public_id__in=ids)}
    recommendations = []
    for order, rec in enumerate(row["recommendations"]):
        recommendation = Recommendation(
            sort_order=order,
            title=rec["title"],
            level=rec["level"],
            description=paragraph_html(rec["description"]),
            standards=_links(rec.get("standards", []), "title"),
            partners=_links(rec.get("partners", []), "name"),
        )
        recommendation.example_commitments = pick(
            examples, rec.get("examples", []), what="commitment", source=path
        )
        recommendations.append(recommendation)
    chapter.recommendations = recommendations
    index.add_child(instance=chapter)  # saves the recommendations with their examples
    publish(chapter)
    return chapter, True


def _translate(chapter, code, text, recommendations) -> bool:
    locale = Locale.objects.get(language_code=code)
    if chapter.get_translation_or_none(locale) is not None:
        return False
    translation = chapter.copy_for_translation(locale).specific
    translation.title, translation.intro = text["title"], text["intro"]
    recs = list(translation.recommendations.all())
    originals = chapter.recommendations.prefetch_related("example_commitments")
    for rec, row, original in zip(recs, recommendations, originals, strict=True):
        rec.title = row["translations"][code]["title"]
        rec.description = paragraph_html(row["translations"][code]["description"])
        rec.example_commitments.set(original.example_commitments.all())
        rec.save()
    publish(translation)
    return True
