"""The partnership's records: members, their action plans and commitments.

These are plain models managed through Wagtail viewsets (not pages): they are data with a
stable public identity (OGP's own identifiers), not editorial content."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from .taxonomy import ChallengeArea, Country, Theme

YEAR_VALIDATORS = [MinValueValidator(2000), MaxValueValidator(2100)]


class Member(index.Indexed, models.Model):
    """A national or local government that takes part in the partnership."""

    class Kind(models.TextChoices):
        NATIONAL = "national", _("National")
        LOCAL = "local", _("Local")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    code = models.CharField(
        _("code"),
        max_length=10,
        unique=True,
        help_text=_("ISO 3166-1 alpha-3 code for a national member, OGP's code for a local one."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.NATIONAL)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="members"
    )
    joined_year = models.PositiveSmallIntegerField(
        _("joined in"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("code"),
        index.AutocompleteField("code"),
        index.FilterField("kind"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("kind"), FieldPanel("joined_year")]),
        FieldPanel("country"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("community:member_detail", kwargs={"slug": self.slug})


class ActionPlan(index.Indexed, models.Model):
    """A two-year plan a member co-creates with civil society."""

    ogp_id = models.CharField(
        _("plan identifier"),
        max_length=30,
        unique=True,
        help_text=_("OGP's Action Plan ID, e.g. AP_ALB01."),
    )
    member = models.ForeignKey(
        Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="action_plans"
    )
    number = models.PositiveSmallIntegerField(_("plan number"), null=True, blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("submitted in"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    end_year = models.PositiveSmallIntegerField(
        _("ends in"), null=True, blank=True, validators=YEAR_VALIDATORS
    )

    search_fields = [
        index.SearchField("ogp_id"),
        index.AutocompleteField("ogp_id"),
        index.RelatedFields("member", [index.SearchField("name"), index.AutocompleteField("name")]),
        index.FilterField("member_id"),
    ]
    panels = [
        FieldPanel("ogp_id"),
        FieldPanel("member"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("start_year"), FieldPanel("end_year")]),
    ]

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["member__name", "-start_year"]

    # The demo content's plans (community/demo/members/*.yaml) have ids starting with this:
    # OGP's never do.
    SAMPLE_PREFIX = "SAMPLE_"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # the commitments' copy of the year (Commitment.list_year)
        self.commitments.exclude(list_year=self.start_year or 0).update(
            list_year=self.start_year or 0
        )

    def get_absolute_url(self):
        return reverse("community:action_plan_detail", kwargs={"ogp_id": self.ogp_id})

    @property
    def is_sample(self) -> bool:
        """A demo plan, shown with a "Sample" badge wherever plans are listed."""
        return self.ogp_id.startswith(self.SAMPLE_PREFIX)

    @property
    def title(self):
        years = "–".join(str(y) for y in (self.start_year, self.end_year) if y)
        if self.number:
            label = _("Action plan %(number)s") % {"number": self.number}
        else:
            label = _("Action plan")
        return f"{label} ({years})" if years else str(label)


class PolicyAreaTag(TagBase):
    """A fine-grained OGP policy area (e.g. "Beneficial Ownership")."""

    class Meta:
        verbose_name = _("policy area")
        verbose_name_plural = _("policy areas")


class CommitmentPolicyArea(TaggedItemBase):
    content_object = ParentalKey(
        "community.Commitment", on_delete=models.CASCADE, related_name="tagged_policy_areas"
    )
    tag = models.ForeignKey(PolicyAreaTag, on_delete=models.CASCADE, related_name="+")


class CommitmentQuerySet(models.QuerySet):
    def with_list_relations(self):
        """What every list of commitments shows, fetched in a fixed number of queries."""
        return self.select_related("action_plan__member__country__region").prefetch_related(
            "challenge_areas"
        )


class Commitment(index.Indexed, ClusterableModel):
    """A concrete reform in a member's action plan, with its IRM assessment."""

    # Commitments are records imported by the hundred; tracking their references for the
    # admin's "usage" screens cost a third of the import time and is not needed.
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        UNKNOWN = "unknown", _("Unknown")

    class Specificity(models.TextChoices):
        NONE = "none", _("None")
        LOW = "low", _("Low")
        MEDIUM = "medium", _("Medium")
        HIGH = "high", _("High")

    class PotentialImpact(models.TextChoices):
        NONE = "none", _("None")
        MINOR = "minor", _("Minor")
        MODERATE = "moderate", _("Moderate")
        TRANSFORMATIVE = "transformative", _("Transformative")

    class Completion(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        LIMITED = "limited", _("Limited")
        SUBSTANTIAL = "substantial", _("Substantial")
        COMPLETE = "complete", _("Complete")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class OpenedGovernment(models.TextChoices):
        WORSENS = "worsens", _("Worsens")
        DID_NOT_CHANGE = "did_not_change", _("Did not change")
        MARGINAL = "marginal", _("Marginal")
        MAJOR = "major", _("Major")
        OUTSTANDING = "outstanding", _("Outstanding")

    public_id = models.CharField(
        _("public identifier"),
        max_length=20,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Z0-9][A-Z0-9-]{2,19}$",
                _("Use capital letters, digits and hyphens only, e.g. KE0012."),
            )
        ],
        help_text=_("OGP's Commitment Unique Identifier for imported commitments, e.g. AL0002."),
    )
    action_plan = models.ForeignKey(
        ActionPlan,
        verbose_name=_("action plan"),
        on_delete=models.CASCADE,
        related_name="commitments",
    )
    number = models.CharField(
        _("number in plan"),
        max_length=20,
        blank=True,
        help_text=_("As the plan numbers it, e.g. 2.1."),
    )
    title = models.CharField(_("title"), max_length=500)
    short_title = models.CharField(_("short title"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    plan_heading = models.CharField(
        _("heading in the plan"),
        max_length=255,
        blank=True,
        help_text=_("The action plan's own heading for this commitment, if it had one."),
    )
    lead_institution = models.CharField(_("lead institution"), max_length=500, blank=True)
    supporting_institutions = models.TextField(_("supporting institutions"), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="commitments"
    )
    challenge_areas = ParentalManyToManyField(
        ChallengeArea,
        verbose_name=_("challenge areas"),
        blank=True,
        related_name="commitments",
    )
    policy_areas = ClusterTaggableManager(
        verbose_name=_("policy areas"),
        through=CommitmentPolicyArea,
        blank=True,
        help_text=_("OGP's fine-grained policy areas."),
    )
    status = models.CharField(_("progress"), max_length=20, choices=Status, default=Status.UNKNOWN)
    irm_specificity = models.CharField(
        _("specificity (IRM)"), max_length=20, choices=Specificity, blank=True
    )
    irm_potential_impact = models.CharField(
        _("potential impact (IRM)"), max_length=20, choices=PotentialImpact, blank=True
    )
    irm_completion_midterm = models.CharField(
        _("completion at mid-term (IRM)"), max_length=20, choices=Completion, blank=True
    )
    irm_completion = models.CharField(
        _("completion at end of term (IRM)"), max_length=20, choices=Completion, blank=True
    )
    irm_opened_government = models.CharField(
        _("did it open government? (IRM)"), max_length=20, choices=OpenedGovernment, blank=True
    )
    irm_starred = models.BooleanField(
        _("starred (IRM)"),
        null=True,
        blank=True,
        help_text=_("Unknown when the IRM has not assessed it."),
    )
    irm_report_year = models.PositiveSmallIntegerField(
        _("latest IRM report"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    source_url = models.URLField(_("page on OGP's site"), max_length=500, blank=True)
    # the plan's start year (0 without one), copied here so that the list's order
    # (newest plans first) is read from an index instead of sorting every commitment by a
    # column of another table; kept by save() here and in ActionPlan.save()
    list_year = models.PositiveSmallIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CommitmentQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("public_id"),
        index.AutocompleteField("public_id"),
        index.SearchField("description"),
        index.SearchField("lead_institution"),
        index.AutocompleteField("lead_institution"),
        index.FilterField("status"),
        index.FilterField("irm_starred"),
        index.FilterField("action_plan_id"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("public_id"),
                FieldPanel("action_plan"),
                FieldPanel("number"),
                FieldPanel("title"),
                FieldPanel("short_title"),
                FieldPanel("description"),
                FieldPanel("plan_heading"),
            ],
            heading=_("Commitment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead_institution"),
                FieldPanel("supporting_institutions"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
            ],
            heading=_("Delivery"),
        ),
        InlinePanel("milestones", heading=_("Milestones"), label=_("milestone")),
        MultiFieldPanel(
            [FieldPanel("challenge_areas"), FieldPanel("themes"), FieldPanel("policy_areas")],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("irm_specificity"),
                FieldPanel("irm_potential_impact"),
                FieldRowPanel([FieldPanel("irm_completion_midterm"), FieldPanel("irm_completion")]),
                FieldPanel("irm_opened_government"),
                FieldPanel("irm_starred"),
                FieldPanel("irm_report_year"),
                FieldPanel("source_url"),
            ],
            heading=_("IRM assessment"),
        ),
    ]

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["-list_year", "public_id"]
        # the list's order and keyset cursor (community.selectors.COMMITMENT_LIST_KEYS)
        indexes = [
            models.Index(fields=["-list_year", "public_id"], name="commitment_list_idx"),
            # the sitemap's <lastmod> of the section (the latest change) without a full scan
            models.Index(fields=["updated_at"], name="commitment_updated_idx"),
            # the strongest IRM results first (a guide chapter's commitments in its areas):
            # read in this order until the first few in the areas are found
            models.Index(fields=["irm_starred", "irm_potential_impact"], name="commitment_irm_idx"),
        ]

    def __str__(self):
        return f"{self.public_id} · {self.title}"

    def save(self, *args, **kwargs):
        self.list_year = self.action_plan.start_year or 0
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "action_plan" in update_fields:
            kwargs["update_fields"] = {*update_fields, "list_year"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("community:commitment_detail", kwargs={"public_id": self.public_id})

    @property
    def member(self):
        return self.action_plan.member

    @property
    def latest_completion(self):
        """The IRM's latest word on completion: end of term if assessed, else mid-term."""
        return self.irm_completion or self.irm_completion_midterm

    def get_latest_completion_display(self):
        return dict(self.Completion.choices).get(self.latest_completion, "")


class Milestone(Orderable):
    commitment = ParentalKey(Commitment, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("milestone"), max_length=500)
    due_date = models.DateField(_("due"), null=True, blank=True)
    is_done = models.BooleanField(_("done"), default=False)
    done_date = models.DateField(_("done on"), null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("due_date"),
        FieldPanel("is_done"),
        FieldPanel("done_date"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return self.title


class PointOfContact(models.Model):
    """A member government's point of contact: a person who keeps its commitments current on
    the site (their workspace). Staff name and remove them; `community.permissions.can_edit_member`
    is the one rule that reads this."""

    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="points_of_contact",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="points_of_contact",
    )
    created_at = models.DateTimeField(_("named on"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("point of contact")
        verbose_name_plural = _("points of contact")
        constraints = [
            models.UniqueConstraint(fields=["member", "user"], name="one_contact_seat_per_person")
        ]

    def __str__(self):
        return f"{self.user} — {self.member}"
