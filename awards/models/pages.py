"""Award programmes are Wagtail pages (revisions, previews, the review workflow and
translation come with them): the awards index at /awards/ and one page per programme, with
its categories and its rubric as inline children.

A programme's dates are wall-clock dates and times **in the programme's own time zone**
(`time_zone`, an IANA name): "nominations close on 31 March at 23:59, Europe/Paris" means
the same instant whoever edits or reads it. `opens_at`, `closes_at` and `jury_closes_at`
are those instants (aware datetimes). The window is half-open: a submission is accepted from
`opens_at` (included) until `closes_at` (excluded), by the server's clock.

Translations are copies of the original page, categories and criteria included. Records
(nominations, scores) always point at the **original** programme (`original_of`) and its
categories and criteria, so a nomination is the same whatever the language it was made in;
a translated category or criterion is matched to its original by position (`sort_order`)."""

import datetime
import zoneinfo
from functools import cache

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from core.pages import TranslatedPageManager


def original_of(page):
    """The original of a translated page: the first-made page of its translation group."""
    if getattr(page, "_original", None) is None:
        model = type(page)
        page._original = (
            model.objects.filter(translation_key=page.translation_key).order_by("pk").first()
        )
    return page._original


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in _zone_names():
        raise ValidationError(
            _("%(value)s is not a time zone name. Use an IANA name such as Europe/Paris."),
            params={"value": value},
            code="invalid_time_zone",
        )


def aware(day: datetime.date | None, time: datetime.time | None, zone: str):
    """The instant of a wall-clock date and time in `zone` (None without a date)."""
    if day is None:
        return None
    return datetime.datetime.combine(day, time or datetime.time(0, 0), zoneinfo.ZoneInfo(zone))


class ProgrammeState(models.TextChoices):
    UPCOMING = "upcoming", _("Opening soon")
    OPEN = "open", _("Open for nominations")
    JUDGING = "judging", _("Judging")
    RESULTS = "results", _("Results")


class CompletionLevel(models.TextChoices):
    """The IRM's completion scale, in order (community.Commitment.Completion's values)."""

    LIMITED = "limited", _("limited")
    SUBSTANTIAL = "substantial", _("substantial")
    COMPLETE = "complete", _("complete")


COMPLETION_ORDER = ["not_started", "limited", "substantial", "complete"]


class OpenedGovernmentLevel(models.TextChoices):
    """The IRM's "did it open government" scale (community.Commitment.OpenedGovernment)."""

    MARGINAL = "marginal", _("marginal")
    MAJOR = "major", _("major")
    OUTSTANDING = "outstanding", _("outstanding")


OPENED_GOVERNMENT_ORDER = ["worsens", "did_not_change", "marginal", "major", "outstanding"]


class AwardIndexPage(Page):
    """The list of programmes, at /awards/: open now, opening soon, judging, results."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    objects = TranslatedPageManager()
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["awards.AwardProgrammePage"]
    parent_page_types = ["opengov.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("awards index")

    def programmes(self):
        """Live programmes of every language tree, one version each (the reader's language,
        else the original), newest edition first."""
        return (
            AwardProgrammePage.objects.live()
            .public()
            .in_reader_language(Locale.get_active())
            .order_by("-closes_on", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        groups = {state: [] for state in ProgrammeState.values}
        for programme in self.programmes():
            groups[programme.state_at(now)].append(programme)
        context["sections"] = [
            (ProgrammeState.OPEN, groups[ProgrammeState.OPEN]),
            (ProgrammeState.UPCOMING, groups[ProgrammeState.UPCOMING]),
            (ProgrammeState.JUDGING, groups[ProgrammeState.JUDGING]),
            (ProgrammeState.RESULTS, groups[ProgrammeState.RESULTS]),
        ]
        context["any_programme"] = any(groups.values())
        return context


class AwardProgrammePageForm(WagtailAdminPageForm):
    """Dates in order, and no category or criterion removed once nominations or scores use
    it (they would be lost): a clear message instead of a refused save."""

    def clean(self):
        cleaned = super().clean()
        opens = aware(cleaned.get("opens_on"), cleaned.get("opens_time"), "UTC")
        closes = aware(cleaned.get("closes_on"), cleaned.get("closes_time"), "UTC")
        jury = aware(cleaned.get("jury_closes_on"), cleaned.get("jury_closes_time"), "UTC")
        if opens and closes and closes <= opens:
            self.add_error("closes_on", _("Nominations must close after they open."))
        if closes and jury and jury <= closes:
            self.add_error("jury_closes_on", _("The jury must close after nominations close."))
        if self.instance.pk:
            self._keep_used("categories", "nominations")
            self._keep_used("criteria", "scores")
        return cleaned

    def _keep_used(self, formset_name: str, related: str) -> None:
        formset = self.formsets.get(formset_name)
        if formset is None:
            return
        for form in formset.forms:
            # the row forms are not cleaned yet: read the raw "delete" box
            deleting = form.fields["DELETE"].widget.value_from_datadict(
                form.data, form.files, form.add_prefix("DELETE")
            )
            if form.instance.pk and deleting:
                if getattr(form.instance, related).exists():
                    form.add_error(
                        None, _("This is in use by nominations or scores: it cannot be removed.")
                    )
                    raise ValidationError(_("Some rows in use cannot be removed."))


class AwardProgrammePage(Page):
    """One edition of an award programme."""

    edition = models.CharField(
        _("edition"), max_length=100, help_text=_("For example: 2026, or Third edition.")
    )
    description = models.TextField(_("description"), max_length=4000)
    eligibility = models.TextField(
        _("who can be nominated"),
        max_length=4000,
        blank=True,
        help_text=_("In words, for nominators. The rules checked from the data are below."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("An IANA name, e.g. Europe/Paris. Every date and time below is in it."),
    )
    opens_on = models.DateField(_("nominations open on"))
    opens_time = models.TimeField(_("at"), default=datetime.time(0, 0))
    closes_on = models.DateField(_("nominations close on"))
    closes_time = models.TimeField(
        _("at"), default=datetime.time(23, 59), help_text=_("Submissions end at this minute.")
    )
    jury_closes_on = models.DateField(_("jury closes on"))
    jury_closes_time = models.TimeField(_("at"), default=datetime.time(23, 59))
    results_published_at = models.DateTimeField(
        _("results published"), null=True, blank=True, editable=False
    )
    jury_closed_at = models.DateTimeField(_("jury closed"), null=True, blank=True, editable=False)
    # eligibility rules checked against the records a nomination names (a commitment's IRM
    # assessment and action plan); blank means no rule
    min_completion = models.CharField(
        _("completion at least"),
        max_length=20,
        choices=CompletionLevel.choices,
        blank=True,
        help_text=_("The IRM's latest completion of a nominated commitment."),
    )
    min_opened_government = models.CharField(
        _("opened government at least"),
        max_length=20,
        choices=OpenedGovernmentLevel.choices,
        blank=True,
    )
    plan_ended_after = models.PositiveSmallIntegerField(
        _("action plan ended after"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("A year: the commitment's action plan must have ended later."),
    )
    starred_only = models.BooleanField(_("starred commitments only"), default=False)
    jurors_per_nomination = models.PositiveSmallIntegerField(
        _("jurors per nomination"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )

    objects = TranslatedPageManager()
    base_form_class = AwardProgrammePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("edition"),
        FieldPanel("description"),
        FieldPanel("eligibility"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("opens_time")]),
                FieldRowPanel([FieldPanel("closes_on"), FieldPanel("closes_time")]),
                FieldRowPanel([FieldPanel("jury_closes_on"), FieldPanel("jury_closes_time")]),
            ],
            heading=_("Dates"),
        ),
        InlinePanel("categories", heading=_("Categories"), label=_("category"), min_num=1),
        InlinePanel("criteria", heading=_("Rubric"), label=_("criterion"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("min_completion"),
                FieldPanel("min_opened_government"),
                FieldPanel("plan_ended_after"),
                FieldPanel("starred_only"),
            ],
            heading=_("Eligibility rules (checked against commitments)"),
        ),
        FieldPanel("jurors_per_nomination"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]
    parent_page_types = ["awards.AwardIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("award programme")
        verbose_name_plural = _("award programmes")

    # --- time ---------------------------------------------------------------------------

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def opens_at(self):
        return aware(self.opens_on, self.opens_time, self.time_zone)

    @property
    def closes_at(self):
        return aware(self.closes_on, self.closes_time, self.time_zone)

    @property
    def jury_closes_at(self):
        return aware(self.jury_closes_on, self.jury_closes_time, self.time_zone)

    def is_open_at(self, moment) -> bool:
        """Whether a nomination submitted at `moment` is on time: [opens_at, closes_at)."""
        return self.opens_at <= moment < self.closes_at

    def jury_is_closed_at(self, moment) -> bool:
        """Scores may no longer change: staff closed the jury, its date passed, or the
        results are out."""
        return (
            self.jury_closed_at is not None
            or self.results_published_at is not None
            or moment >= self.jury_closes_at
        )

    @property
    def jury_is_closed(self) -> bool:
        return self.jury_is_closed_at(timezone.now())

    def with_content_json(self, content):
        """A revision published later keeps what the jury's services set on the live page
        (those fields are not edited in the page editor)."""
        page = super().with_content_json(content)
        page.results_published_at = self.results_published_at
        page.jury_closed_at = self.jury_closed_at
        return page

    def state_at(self, moment) -> str:
        if self.results_published_at is not None:
            return ProgrammeState.RESULTS
        if moment < self.opens_at:
            return ProgrammeState.UPCOMING
        if moment < self.closes_at:
            return ProgrammeState.OPEN
        return ProgrammeState.JUDGING

    @property
    def state(self) -> str:
        return self.state_at(timezone.now())

    def get_state_display(self) -> str:
        return ProgrammeState(self.state).label

    # --- rules --------------------------------------------------------------------------

    def has_rules(self) -> bool:
        return bool(
            self.min_completion
            or self.min_opened_government
            or self.plan_ended_after
            or self.starred_only
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = list(self.categories.all())
        context["criteria"] = list(self.criteria.all())
        context["state"] = self.state
        context["utc"] = datetime.UTC
        context["index"] = self.get_parent().specific_deferred
        user = request.user
        context["can_nominate"] = context["state"] == ProgrammeState.OPEN
        context["signed_in"] = user.is_authenticated
        if context["state"] == ProgrammeState.RESULTS:
            context["winners"], context["shortlist"] = self.results()
            self.attach_published_scores(
                [*context["winners"], *context["shortlist"]], context["criteria"]
            )
            context["criteria_names"] = [criterion.name for criterion in context["criteria"]]
        return context

    def attach_published_scores(self, finalists, criteria) -> None:
        """Each finalist's per-criterion scores, one sheet per juror labelled "Juror A",
        "Juror B"… (awards.scoring.anonymised_scores: no juror named, the labels drawn
        afresh per finalist), once the results are published: `finalist.sheets`, a list of
        (label, [(criterion name, score)] in the rubric's order). Comments are not published.
        Scores of recused jurors do not count. One query for every finalist."""
        from .. import scoring
        from .records import Score

        original = original_of(self)
        for finalist in finalists:
            finalist.sheets = []
        if original.results_published_at is None or not finalists:
            return
        by_id = {finalist.pk: finalist for finalist in finalists}
        scores = [
            scoring.Score(nomination_id, juror_id, str(criterion_id), value)
            for nomination_id, juror_id, criterion_id, value in Score.objects.filter(
                assignment__nomination_id__in=by_id, assignment__recused_at__isnull=True
            ).values_list(
                "assignment__nomination_id", "assignment__juror_id", "criterion_id", "value"
            )
        ]
        shown = sorted(criteria, key=lambda criterion: (criterion.sort_order, criterion.pk))
        names = [criterion.name for criterion in shown]
        if original.pk == self.pk:
            order = [criterion.pk for criterion in shown]
        else:
            order = list(
                original.criteria.order_by("sort_order", "pk").values_list("pk", flat=True)
            )
        if len(names) != len(order):
            names = [""] * len(order)
        secret = salted_hmac("awards.published-scores", str(original.pk)).digest()
        published = scoring.anonymised_scores(scores, by_id, secret=secret)
        for nomination_id, sheets in published.items():
            by_id[nomination_id].sheets = [
                (
                    sheet.label,
                    [
                        (name, sheet.values.get(str(pk), ""))
                        for pk, name in zip(order, names, strict=True)
                    ],
                )
                for sheet in sheets
            ]

    def results(self) -> tuple[list, list]:
        """(winners, the rest of the shortlist) of the original programme, by category, in
        the categories' order of this page (a translation's categories by position). A
        reformer whose profile is not public is left out: a private profile shows nowhere."""
        from community.models.people import Visibility

        from .records import Nomination, NominationState

        original = original_of(self)
        names = dict(
            zip(
                original.categories.order_by("sort_order", "pk").values_list("pk", flat=True),
                self.categories.order_by("sort_order", "pk").values_list("name", flat=True),
                strict=False,
            )
        )
        # ReformerProfile.objects.featurable() as conditions on the joined profile and
        # account: `reformer__in=<featurable>` made SQLite list every public profile (100,000
        # at scale: 60 ms) to keep the few finalists'.
        public = Q(reformer__visibility=Visibility.PUBLIC, reformer__user__is_active=True)
        rows = (
            Nomination.objects.filter(
                programme=original,
                state__in=[NominationState.WINNER, NominationState.SHORTLISTED],
                nominee_declined=False,
            )
            .filter(Q(reformer__isnull=True) | public)
            .select_related("category", "commitment", "member", "reformer", "story")
            .order_by("category__sort_order", "title", "pk")
        )
        for row in rows:
            row.category_name = names.get(row.category_id, row.category.name)
        winners = [row for row in rows if row.state == NominationState.WINNER]
        shortlist = [row for row in rows if row.state == NominationState.SHORTLISTED]
        return winners, shortlist


class AwardCategory(Orderable):
    programme = ParentalKey(AwardProgrammePage, on_delete=models.CASCADE, related_name="categories")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=1000, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


class RubricCriterion(Orderable):
    """One weighted criterion of a programme's rubric, with what each score 1–5 means."""

    programme = ParentalKey(AwardProgrammePage, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("what it asks"), max_length=1000, blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Relative: a criterion of weight 2 counts twice one of weight 1."),
    )
    descriptor_1 = models.CharField(_("score 1 means"), max_length=300)
    descriptor_2 = models.CharField(_("score 2 means"), max_length=300)
    descriptor_3 = models.CharField(_("score 3 means"), max_length=300)
    descriptor_4 = models.CharField(_("score 4 means"), max_length=300)
    descriptor_5 = models.CharField(_("score 5 means"), max_length=300)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("weight")]),
        FieldPanel("description"),
        FieldPanel("descriptor_1"),
        FieldPanel("descriptor_2"),
        FieldPanel("descriptor_3"),
        FieldPanel("descriptor_4"),
        FieldPanel("descriptor_5"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.name

    def descriptors(self) -> list[tuple[int, str]]:
        """[(1, what 1 means), ..., (5, what 5 means)]."""
        return [(score, getattr(self, f"descriptor_{score}")) for score in range(1, 6)]
