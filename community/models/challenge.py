"""The Open Gov Challenge: reforms a member's points of contact put forward in a challenge
area, and staff's review of them. The rules of its states live in
`community.challenge_services` (one function per transition)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .records import Commitment, Member
from .taxonomy import ChallengeArea


class ChallengeSubmissionQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(state=ChallengeSubmission.State.ACCEPTED)


class ChallengeSubmission(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Awaiting review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="challenge_submissions",
    )
    challenge_area = models.ForeignKey(
        ChallengeArea,
        verbose_name=_("challenge area"),
        on_delete=models.PROTECT,
        related_name="challenge_submissions",
    )
    title = models.CharField(_("the reform"), max_length=200)
    description = models.TextField(_("what it changes"), max_length=5000)
    ambition = models.TextField(_("why it is ambitious"), max_length=5000)
    lead_institution = models.CharField(_("lead institution"), max_length=300)
    commitments = models.ManyToManyField(
        Commitment,
        verbose_name=_("linked commitments"),
        blank=True,
        related_name="challenge_submissions",
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT, db_index=True
    )
    review_note = models.TextField(_("note from the reviewers"), max_length=3000, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="challenge_submissions",
    )
    # The interface language the submission was made in: the submitter's e-mails use it.
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ChallengeSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("challenge submission")
        verbose_name_plural = _("challenge submissions")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("community:challenge_submission_edit", kwargs={"pk": self.pk})

    @property
    def is_editable(self) -> bool:
        return self.state in (self.State.DRAFT, self.State.CHANGES_REQUESTED)
