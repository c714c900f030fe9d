"""Courses and lessons are Wagtail pages: revisions, previews, the review workflow and
translation (wagtail.contrib.simple_translation) come with them.

The tree is catalogue → course → module → lesson (see docs/architecture.md, "Learning", for
why modules are pages). A course's outline is its modules and their lessons in tree order.

Translations are copies of the original pages. Records (enrolments, completions, attempts,
certificates) always point at the **original** course and lessons (`original_of`), so a
reader's progress is the same in every language, and a course's rules (pass mark, attempt
limit, cool-down, prerequisites) are read from the original."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from community.choosers import FeaturedReformersPageForm
from core.pages import TranslatedPageManager

from .. import page_routes
from ..blocks import LessonBodyBlock
from ..grading import check_ids_in, checks_in

COURSES_PER_PAGE = 12


def course_of(page):
    """The course a module or lesson is in, with its original (see original_of) already
    known: one query for both (the course's translation group), not two."""
    step = Page.steplen
    ancestors = [page.path[: step * depth] for depth in range(1, page.depth)]
    keys = CoursePage.objects.filter(path__in=ancestors).values("translation_key")
    group = list(CoursePage.objects.filter(translation_key__in=keys).order_by("pk"))
    course = next((p for p in group if p.path in ancestors), None)
    if course is not None:
        course._original = group[0] if group[0].pk != course.pk else course
        course._original._original = course._original
    return course


def original_of(page):
    """The original of a translated page: the first-made page of its translation group
    (the lowest id). Stable: adding an English version of a course first written in French
    does not move its records."""
    if getattr(page, "_original", None) is None:
        model = type(page)
        page._original = (
            model.objects.filter(translation_key=page.translation_key).order_by("pk").first()
        )
        if page._original is not None and page._original.pk == page.pk:
            page._original = page  # the original of the original, without asking again
        elif page._original is not None:
            page._original._original = page._original
    return page._original


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseIndexPage(RoutablePageMixin, Page):
    """The catalogue, at /learning/."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["learning.CoursePage"]
    parent_page_types = ["opengov.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def courses(self):
        """Live courses of every language tree, one version each (the reader's language when
        it exists: not this page's, which may be the original catalogue served to a reader of
        another language), alphabetical."""
        return (
            CoursePage.objects.live()
            .public()
            .in_reader_language(Locale.get_active())
            .select_related("locale")
            .prefetch_related("themes", "challenge_areas")
            .order_by("title", "pk")
        )

    @path("")
    def index(self, request):
        return page_routes.view("catalogue")(request, self)


class CoursePageForm(FeaturedReformersPageForm):
    """Facilitators are chosen among featurable (public) profiles, as story reformers are."""

    featured_field = "facilitators"


class CoursePage(RoutablePageMixin, Page):
    summary = models.TextField(
        _("summary"), max_length=800, help_text=_("One paragraph shown in the catalogue.")
    )
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("outcome"), max_length=300))],
        verbose_name=_("what you will be able to do"),
        blank=True,
    )
    audience = models.TextField(_("who it is for"), max_length=600, blank=True)
    estimated_hours = models.PositiveSmallIntegerField(
        _("estimated hours"), default=1, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    themes = ParentalManyToManyField(
        "community.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="courses",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    challenge_areas = ParentalManyToManyField(
        "community.ChallengeArea",
        verbose_name=_("challenge areas"),
        blank=True,
        related_name="courses",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    prerequisites = ParentalManyToManyField(
        "learning.CoursePage",
        verbose_name=_("prerequisites"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
        help_text=_("Courses a learner must complete before enrolling in this one."),
    )
    facilitators = ParentalManyToManyField(
        "community.ReformerProfile",
        verbose_name=_("facilitators"),
        blank=True,
        related_name="courses_facilitated",
        help_text=_("Only their public profiles are shown."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Percent of a knowledge check's questions a learner must get right."),
    )
    attempt_limit = models.PositiveSmallIntegerField(
        _("attempts before a pause"),
        default=3,
        validators=[MaxValueValidator(100)],
        help_text=_("Failed attempts at a check before the learner must wait; 0 for no limit."),
    )
    cooldown_minutes = models.PositiveIntegerField(
        _("pause (minutes)"), default=30, validators=[MaxValueValidator(60 * 24 * 7)]
    )

    objects = TranslatedPageManager()
    base_form_class = CoursePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("estimated_hours")]),
        MultiFieldPanel(
            [FieldPanel("challenge_areas"), FieldPanel("themes")], heading=_("Policy area")
        ),
        FieldPanel("prerequisites"),
        FieldPanel("facilitators"),
        MultiFieldPanel(
            [FieldPanel("pass_mark"), FieldPanel("attempt_limit"), FieldPanel("cooldown_minutes")],
            heading=_("Knowledge checks"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.FilterField("level")]
    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = ["learning.ModulePage"]
    # Addresses of the site's own under the catalogue (learning/urls.py, served before the
    # pages): a course there could never be reached.
    RESERVED_SLUGS = frozenset({"cohorts"})

    def clean(self):
        super().clean()
        if self.slug in self.RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by the site; choose another.")})

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @path("")
    def course(self, request):
        return page_routes.view("course_detail")(request, self)

    @path("enrol/")
    def enrol(self, request):
        return page_routes.view("enrol")(request, self)


class ModulePage(Page):
    summary = models.TextField(_("summary"), max_length=600, blank=True)

    objects = TranslatedPageManager()
    content_panels = [*Page.content_panels, FieldPanel("summary")]
    parent_page_types = ["learning.CoursePage"]
    subpage_types = ["learning.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            **page_routes.view("module_context")(self),
        }


class LessonPage(RoutablePageMixin, Page):
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), default=15, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), blank=True)

    objects = TranslatedPageManager()
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("summary"), FieldPanel("minutes")]),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["learning.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def checks(self):
        """The knowledge checks of this lesson (answers included: server side only)."""
        return checks_in(self.body)

    def check_ids(self) -> tuple[str, ...]:
        return check_ids_in(self.body.raw_data)

    @path("")
    def lesson(self, request):
        return page_routes.view("lesson_detail")(request, self)

    @path("check/")
    def submit_check(self, request):
        return page_routes.view("check_submit")(request, self)

    @path("complete/")
    def complete(self, request):
        return page_routes.view("lesson_complete")(request, self)
