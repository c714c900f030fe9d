"""Views behind the guide's routable pages: chapter, self-assessment, report.

The pages' routes (guide/models.py) call these with the page; this module does not import
the models module (it reaches a chapter's saved self-assessments through the page)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Exists, OuterRef
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Locale

from community.models import Commitment
from core import languages
from stories.models import StoryPage

from . import assessment
from .forms import ChapterForm, ReportForm, SelfAssessmentForm
from .levels import Level
from .pdf import report_pdf

RELATED_STORIES = 3
AREA_COMMITMENTS = 6


def _related_stories(page, area_ids):
    # "in one of the chapter's areas" as EXISTS, newest first: read in the date index until
    # three are found (a join made DISTINCT sorted every story of the areas)
    in_areas = StoryPage.challenge_areas.through.objects.filter(
        storypage_id=OuterRef("pk"), challengearea_id__in=area_ids
    )
    stories = (
        StoryPage.objects.live()
        .public()
        .in_reader_language(Locale.get_active())
        .filter(Exists(in_areas))
        .order_by("-date", "-pk")
    )
    return list(stories.select_related("locale")[:RELATED_STORIES])


def _area_commitments(area_ids):
    # The strongest IRM results first: starred, then transformative potential impact. "In
    # one of the chapter's areas" as EXISTS, not a join made DISTINCT: at 50,000 commitments
    # the join and its de-duplication took three times as long as the rest of the query.
    # The index on (irm_starred, irm_potential_impact) gives the first two keys in order:
    # only the first group is sorted by year (94 -> 12 ms of CPU at 50,000)
    in_areas = Commitment.challenge_areas.through.objects.filter(
        commitment_id=OuterRef("pk"), challengearea_id__in=area_ids
    )
    return list(
        Commitment.objects.filter(Exists(in_areas))
        .with_list_relations()
        .order_by("-irm_starred", "-irm_potential_impact", "-action_plan__start_year")[
            :AREA_COMMITMENTS
        ]
    )


def chapter(request, page):
    level = ChapterForm(request.GET).values()["level"] or None
    recommendations = page.ordered_recommendations(levels=[level] if level else None)
    # a list (shown as the chapter's tags too): a preview's page is not saved, and its areas
    # live in modelcluster's in-memory relation, which has no values() subquery
    areas = list(page.challenge_areas.all())
    area_ids = [area.pk for area in areas]
    return TemplateResponse(
        request,
        "guide/guide_chapter_page.html",
        {
            "page": page,
            "self": page,
            "recommendations": recommendations,
            "level": level,
            "levels": Level.choices,
            "areas": areas,
            "related_stories": _related_stories(page, area_ids),
            "area_commitments": _area_commitments(area_ids),
        },
    )


def _self_assessment_url(page, done, request) -> str:
    """The shareable address of these answers (?done=3,7: commas kept readable), in the
    reader's language."""
    url = languages.page_url(page, request) + page.reverse_subpage("self_assessment")
    return f"{url}?done={assessment.encode_done(done)}"


def self_assessment(request, page):
    recommendations = page.ordered_recommendations()
    valid_ids = [r.pk for r in recommendations]
    saved = None
    if request.user.is_authenticated:
        saved = page.assessments.filter(user=request.user).first()

    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        done = frozenset(
            SelfAssessmentForm(request.POST, recommendation_ids=valid_ids).values()["done"]
        )
        page.assessments.update_or_create(user=request.user, defaults={"done": sorted(done)})
        messages.success(request, _("Your self-assessment is saved."))
        return HttpResponseRedirect(_self_assessment_url(page, done, request))
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])

    if "done" in request.GET:
        done = frozenset(
            SelfAssessmentForm(request.GET, recommendation_ids=valid_ids).values()["done"]
        )
        answered = True
    elif saved is not None:
        done = assessment.parse_done([str(i) for i in saved.done], valid_ids)
        answered = True
    else:
        done, answered = frozenset(), False
    outcome = assessment.next_steps(recommendations, done)
    share_url = request.build_absolute_uri(_self_assessment_url(page, done, request))
    return TemplateResponse(
        request,
        "guide/self_assessment.html",
        {
            "page": page,
            "self": page,
            "recommendations": recommendations,
            "outcome": outcome,
            "answered": answered,
            "share_url": share_url,
            "saved": saved,
            "next_level_label": dict(Level.choices).get(outcome.level, ""),
        },
    )


def _report_selection(request, index):
    chapters = list(index.chapters())
    values = ReportForm(request.GET, chapter_slugs=[c.slug for c in chapters]).values()
    wanted = set(values["chapter"])
    levels = [lvl for lvl in Level.values if lvl in values["level"]] or list(Level.values)
    chosen = [c for c in chapters if c.slug in wanted]
    sections = []
    for chapter_page in chosen:
        sections.append((chapter_page, chapter_page.ordered_recommendations(levels=levels)))
    return chapters, chosen, levels, sections


def report(request, index, as_pdf=False):
    chapters, chosen, levels, sections = _report_selection(request, index)
    if as_pdf and chosen:
        response = HttpResponse(report_pdf(index, sections), content_type="application/pdf")
        response["Content-Disposition"] = 'attachment; filename="open-gov-guide-report.pdf"'
        return response
    return TemplateResponse(
        request,
        "guide/report.html",
        {
            "page": index,
            "self": index,
            "chapters": chapters,
            "chosen": chosen,
            "levels": levels,
            "level_choices": Level.choices,
            "sections": sections,
        },
    )
