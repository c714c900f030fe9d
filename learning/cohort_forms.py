"""The forms of cohorts: applying, deciding, withdrawing. Values are only read through these
(a rule of the site, checked by tests/fuzz/test_registry.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Application

STATEMENT_LENGTH = 5000
ANSWER_LENGTH = 2000
MESSAGE_LENGTH = 3000


def answer_name(number: int) -> str:
    return f"answer-{number}"


class ApplicationForm(forms.Form):
    """A statement, and an answer to each of the cohort's questions (in their order)."""

    statement = forms.CharField(
        label=_("Your statement"),
        max_length=STATEMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Why this cohort, and what you bring to it."),
    )

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for number, question in enumerate(self.questions):
            self.fields[answer_name(number)] = forms.CharField(
                label=question,
                max_length=ANSWER_LENGTH,
                widget=forms.Textarea(attrs={"rows": 4}),
            )

    def answers(self) -> list[str]:
        return [self.cleaned_data[answer_name(n)] for n in range(len(self.questions))]


class DecisionForm(forms.Form):
    state = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (Application.State.ACCEPTED, _("Accept")),
            (Application.State.WAITLISTED, _("Waitlist")),
            (Application.State.DECLINED, _("Decline")),
        ],
    )
    message = forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent with the decision, in the e-mail."),
    )
