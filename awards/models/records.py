"""What happens in a programme: nominations and their files, the jury (jurors, assignments,
conflicts, scores) and the audit log. Plain models, written only by services (awards.services
for nominations and eligibility; the jury's services for assignments, conflicts and scores);
staff read them in the admin (awards.wagtail_hooks).

Every record points at the **original** programme page and its categories and criteria
(pages.original_of)."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..files import award_file_storage


class NominationKind(models.TextChoices):
    COMMITMENT = "commitment", _("A commitment")
    MEMBER = "member", _("A member government")
    REFORMER = "reformer", _("A reformer")
    INITIATIVE = "initiative", _("Another initiative (described in words)")


class NominationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    WITHDRAWN = "withdrawn", pgettext_lazy("a nomination", "Withdrawn")
    ELIGIBLE = "eligible", _("Eligible")
    INELIGIBLE = "ineligible", _("Not eligible")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    WINNER = "winner", _("Winner")


# the record field each kind names (none for a free-text initiative)
RECORD_FIELD = {
    NominationKind.COMMITMENT: "commitment",
    NominationKind.MEMBER: "member",
    NominationKind.REFORMER: "reformer",
}
# states in which a nomination takes part in the programme (seen by staff and the jury)
IN_PLAY = (
    NominationState.SUBMITTED,
    NominationState.ELIGIBLE,
    NominationState.SHORTLISTED,
    NominationState.WINNER,
)


def _record_check() -> Q:
    """The record named matches the kind: exactly one for a record kind, none otherwise."""
    none = {"commitment__isnull": True, "member__isnull": True, "reformer__isnull": True}
    rules = Q(kind=NominationKind.INITIATIVE, **none)
    for kind, field in RECORD_FIELD.items():
        rules |= Q(kind=kind, **{**none, f"{field}__isnull": False})
    return rules


def _one_active_per_record(field: str) -> models.UniqueConstraint:
    """A nominator names a record once per category (a withdrawn nomination frees it)."""
    return models.UniqueConstraint(
        fields=["programme", "category", "nominator", field],
        condition=Q(**{f"{field}__isnull": False}) & ~Q(state=NominationState.WITHDRAWN),
        name=f"awards_one_nomination_of_a_{field}",
    )


class NominationQuerySet(models.QuerySet):
    def in_play(self):
        return self.filter(state__in=IN_PLAY)

    def with_list_relations(self):
        return self.select_related(
            "programme", "category", "commitment", "member", "reformer", "nominator"
        )


class Nomination(models.Model):
    Kind = NominationKind
    State = NominationState

    programme = models.ForeignKey(
        "awards.AwardProgrammePage",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="nominations",
    )
    category = models.ForeignKey(
        "awards.AwardCategory",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="nominations",
    )
    nominator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("nominator"),
        on_delete=models.CASCADE,
        related_name="nominations_made",
    )
    kind = models.CharField(_("who or what"), max_length=20, choices=NominationKind.choices)
    commitment = models.ForeignKey(
        "community.Commitment",
        verbose_name=_("commitment"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="nominations",
    )
    member = models.ForeignKey(
        "community.Member",
        verbose_name=_("member government"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="nominations",
    )
    reformer = models.ForeignKey(
        "community.ReformerProfile",
        verbose_name=_("reformer"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,  # a deleted account takes the nominations of it along
        related_name="nominations",
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        help_text=_("The initiative's name; for a record, its name when nominated."),
    )
    description = models.TextField(_("what the initiative is"), max_length=4000, blank=True)
    statement = models.TextField(_("why it deserves the award"), max_length=6000, blank=True)
    evidence_links = models.JSONField(_("evidence links"), default=list, blank=True)
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=NominationState.choices,
        default=NominationState.DRAFT,
        db_index=True,
    )
    eligibility_reason = models.TextField(_("eligibility reason"), max_length=2000, blank=True)
    eligibility_decided_at = models.DateTimeField(_("eligibility decided"), null=True, blank=True)
    eligibility_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eligibility decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    nominee_declined = models.BooleanField(_("the nominee declined"), default=False)
    nominee_declined_at = models.DateTimeField(_("declined"), null=True, blank=True)
    citation = models.TextField(_("citation"), max_length=2000, blank=True)
    story = models.ForeignKey(
        "stories.StoryPage",
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="award_nominations",
    )
    language = models.CharField(
        _("nominator's language"),
        max_length=10,
        default=settings.LANGUAGE_CODE,
        help_text=_("The interface language the nomination was made in: its e-mails use it."),
    )
    # one per nomination form shown: a form sent twice (a double click, a replay) saves once
    client_key = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = NominationQuerySet.as_manager()

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["nominator", "client_key"], name="awards_one_nomination_per_form"
            ),
            models.CheckConstraint(condition=_record_check(), name="awards_record_matches_kind"),
            _one_active_per_record("commitment"),
            _one_active_per_record("member"),
            _one_active_per_record("reformer"),
        ]
        indexes = [models.Index(fields=["programme", "category", "state"])]

    def __str__(self):
        return self.title

    @property
    def record(self):
        """The commitment, member or reformer profile named, or None (an initiative)."""
        field = RECORD_FIELD.get(self.kind)
        return getattr(self, field) if field else None

    @property
    def is_editable_state(self) -> bool:
        return self.state in (NominationState.DRAFT, NominationState.SUBMITTED)


def award_file_name(instance, filename: str) -> str:
    """An unguessable name (192 random bits) that says nothing about the file or its owner;
    its extension is that of the type found in its content."""
    extension = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(
        instance.content_type, "bin"
    )
    return f"{secrets.token_urlsafe(24)}.{extension}"


class NominationFile(models.Model):
    """A supporting file: a PDF or an image, checked by its content (awards.files), stored
    privately and served only to the nominator, staff and the nomination's jurors."""

    MAX_PER_NOMINATION = 3

    nomination = models.ForeignKey(
        Nomination, verbose_name=_("nomination"), on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(
        _("file"), storage=award_file_storage, upload_to=award_file_name, max_length=200
    )
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=50)
    size = models.PositiveIntegerField(_("size (bytes)"))
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("nomination file")
        verbose_name_plural = _("nomination files")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.original_name

    @property
    def name(self) -> str:
        """The stored (unguessable) name, as the download address spells it."""
        return self.file.name


class Juror(models.Model):
    """A member of a programme's jury, with what the conflict rules need to know about them
    besides their profile: the member government they work for and their organisation."""

    programme = models.ForeignKey(
        "awards.AwardProgrammePage",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="jurors",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.CASCADE,
        related_name="jury_seats",
    )
    country = models.ForeignKey(
        "community.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    member = models.ForeignKey(
        "community.Member",
        verbose_name=_("member government"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The government they work for or with, if any."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("juror")
        verbose_name_plural = _("jurors")
        constraints = [
            models.UniqueConstraint(fields=["programme", "user"], name="awards_one_seat")
        ]

    def __str__(self):
        return str(self.user)


class JurorAssignment(models.Model):
    """A nomination given to a juror to score. Recusing ends it (`recused_at`): its scores
    stay for the record but no longer count."""

    nomination = models.ForeignKey(
        Nomination,
        verbose_name=_("nomination"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.CASCADE,
        related_name="jury_assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for an automatic assignment."),
    )
    created_at = models.DateTimeField(_("assigned"), auto_now_add=True)
    recused_at = models.DateTimeField(_("recused"), null=True, blank=True)

    class Meta:
        verbose_name = _("juror assignment")
        verbose_name_plural = _("juror assignments")
        ordering = ["nomination", "juror"]
        constraints = [
            models.UniqueConstraint(fields=["nomination", "juror"], name="awards_one_assignment")
        ]

    def __str__(self):
        return f"{self.juror} · {self.nomination}"

    @property
    def is_active(self) -> bool:
        return self.recused_at is None


class ConflictSource(models.TextChoices):
    DETECTED = "detected", _("Detected from the records")
    DECLARED = "declared", _("Declared by the juror")


class ConflictDeclaration(models.Model):
    """A juror's conflict of interest on a nomination: found by the conflict rules or
    declared by the juror (a recusal). A juror is never assigned a nomination they have one
    on."""

    Source = ConflictSource

    nomination = models.ForeignKey(
        Nomination, verbose_name=_("nomination"), on_delete=models.CASCADE, related_name="conflicts"
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.CASCADE,
        related_name="jury_conflicts",
    )
    source = models.CharField(_("source"), max_length=20, choices=ConflictSource.choices)
    reason = models.CharField(_("reason"), max_length=500)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [
            models.UniqueConstraint(fields=["nomination", "juror"], name="awards_one_conflict")
        ]

    def __str__(self):
        return f"{self.juror} · {self.nomination}: {self.reason}"


class Score(models.Model):
    """A juror's score of one nomination on one criterion, 1–5, with a comment."""

    assignment = models.ForeignKey(
        JurorAssignment,
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="scores",
    )
    criterion = models.ForeignKey(
        "awards.RubricCriterion",
        verbose_name=_("criterion"),
        on_delete=models.PROTECT,
        related_name="scores",
    )
    value = models.PositiveSmallIntegerField(_("score"))
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("scored"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(fields=["assignment", "criterion"], name="awards_one_score"),
            models.CheckConstraint(
                condition=Q(value__gte=1, value__lte=5), name="awards_score_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.assignment} · {self.criterion}: {self.value}"


class AuditAction(models.TextChoices):
    NOMINATION_SUBMITTED = "nomination.submit", _("Nomination submitted")
    NOMINATION_WITHDRAWN = "nomination.withdraw", _("Nomination withdrawn")
    NOMINEE_DECLINED = "nomination.decline", _("Nominee declined")
    ELIGIBILITY_DECIDED = "eligibility.decide", _("Eligibility decided")
    ASSIGNED = "jury.assign", _("Juror assigned")
    UNASSIGNED = "jury.unassign", _("Juror unassigned")
    CONFLICT = "jury.conflict", _("Conflict recorded")
    RECUSED = "jury.recuse", _("Juror recused")
    SCORED = "jury.score", _("Score changed")
    JURY_CLOSED = "jury.close", _("Jury closed")
    SHORTLISTED = "result.shortlist", _("Shortlist changed")
    WINNER = "result.winner", _("Winner marked")
    PUBLISHED = "result.publish", _("Results published")


class AuditEntry(models.Model):
    """Who did what to which record, when, with the values before and after. Written by the
    services in the same transaction as the change; read-only for everyone."""

    Action = AuditAction

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("what"), max_length=40, choices=AuditAction.choices)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    programme = models.ForeignKey(
        "awards.AwardProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    nomination = models.ForeignKey(
        Nomination,
        verbose_name=_("nomination"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    object_type = models.CharField(_("record type"), max_length=100, blank=True)
    object_id = models.CharField(_("record id"), max_length=64, blank=True)
    object_repr = models.CharField(_("record"), max_length=300, blank=True)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} · {self.object_repr}"
