"""The forms of the Open Gov Challenge: a submission, and staff's decision on it. Values are
only read through these (tests/fuzz/test_registry.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .fields import BoundedModelMultipleChoiceField
from .forms import LabelledChoiceField
from .models import ChallengeArea, ChallengeSubmission, Commitment

TEXT_LENGTH = 5000
NOTE_LENGTH = 3000


class CommitmentChoiceField(BoundedModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.public_id} · {obj.title}"


class SubmissionForm(forms.Form):
    """A reform put forward in a challenge area, with the member's commitments it builds on.
    Only that member's commitments are choices: any other id is refused with a message."""

    challenge_area = LabelledChoiceField(
        label=_("Challenge area"), queryset=ChallengeArea.objects.in_default_locale()
    )
    title = forms.CharField(
        label=_("The reform"), max_length=200, help_text=_("A short name for it.")
    )
    description = forms.CharField(
        label=_("What it changes"),
        max_length=TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    ambition = forms.CharField(
        label=_("Why it is ambitious"),
        max_length=TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What makes it go beyond what the member has done before."),
    )
    lead_institution = forms.CharField(label=_("Lead institution"), max_length=300)
    commitments = CommitmentChoiceField(
        label=_("Linked commitments"),
        queryset=Commitment.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Link only commitments of this member."),
            "invalid_pk_value": _("Link only commitments of this member."),
        },
    )
    action = forms.ChoiceField(
        choices=[("draft", _("Save as a draft")), ("submit", _("Send for review"))],
        initial="submit",
        widget=forms.HiddenInput,
    )

    def __init__(self, *args, member, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commitments"].queryset = Commitment.objects.filter(
            action_plan__member=member
        ).order_by("-action_plan__start_year", "public_id")
        self.fields["challenge_area"].empty_label = _("Choose a challenge area")

    @classmethod
    def initial_for(cls, submission: ChallengeSubmission) -> dict:
        return {
            "challenge_area": submission.challenge_area_id,
            "title": submission.title,
            "description": submission.description,
            "ambition": submission.ambition,
            "lead_institution": submission.lead_institution,
            "commitments": [c.pk for c in submission.commitments.all()],
        }

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "challenge_area": data["challenge_area"],
            "commitments": list(data["commitments"]),
            "title": data["title"],
            "description": data["description"],
            "ambition": data["ambition"],
            "lead_institution": data["lead_institution"],
        }


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("accept", _("Accept")),
            ("changes", _("Ask for changes")),
            ("decline", _("Decline")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the submitter"),
        required=False,
        max_length=NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent with the decision, in the e-mail; required when asking for changes."),
    )
