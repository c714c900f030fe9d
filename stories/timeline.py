"""Stories on a commitment's timeline (community.timeline; registered in StoriesConfig.ready):
the live, public stories that feature the commitment, at their date, in one query. A story
translated into the reader's language is linked in it; otherwise its original."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from community.timeline import Entry
from core.languages import page_url


def commitment_stories(commitment) -> list[Entry]:
    from wagtail.models import PageViewRestriction

    from .models import StoryPage

    # Wagtail's .public() reads the restrictions in a query of its own; here a story under a
    # restricted page (its own path or an ancestor's) is left out in the same query
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    stories = (
        StoryPage.objects.live()
        .filter(~Exists(restricted), commitments=commitment, alias_of__isnull=True)
        .select_related("locale")
        .only("pk", "title", "date", "url_path", "path", "depth", "translation_key", "locale")
        .order_by("date", "pk")
    )
    language = get_language()
    chosen = {}
    for story in stories:
        kept = chosen.get(story.translation_key)
        if kept is None or story.locale.language_code == language:
            chosen[story.translation_key] = story
    return [
        Entry(story.date, "story", _("Story: %(title)s") % {"title": story.title}, page_url(story))
        for story in chosen.values()
        if story.date
    ]
