"""The forms learners and staff send. Values are only read through these (a rule of the
site, checked by tests/fuzz/test_registry.py)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_OPTIONS = 20
ID_LENGTH = 64


class AnswerListField(forms.Field):
    """The option ids sent for one question, as sent (duplicates kept: grading refuses
    them with its own message). Bounded in number and length."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return []
        values = [value] if isinstance(value, str) else list(value)
        if len(values) > MAX_OPTIONS or any(len(str(v)) > ID_LENGTH for v in values):
            raise ValidationError(_("These answers are not ones this form offers."))
        return [str(v) for v in values]


def answer_field_name(question_id: str) -> str:
    return f"answer-{question_id}"


class AttemptForm(forms.Form):
    """An attempt at one knowledge check of a lesson: which check, how many attempts the
    learner had seen (to refuse a replay), and the options chosen for each question of the
    lesson's checks."""

    check = forms.CharField(max_length=ID_LENGTH)
    attempt = forms.IntegerField(min_value=0, max_value=10_000)

    def __init__(self, *args, checks=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.checks = {check.id: check for check in checks}
        for check in checks:
            for question in check.questions:
                self.fields[answer_field_name(question.id)] = AnswerListField()

    def clean_check(self):
        check_id = self.cleaned_data["check"]
        if check_id not in self.checks:
            raise ValidationError(_("This knowledge check is not part of this lesson."))
        return check_id

    def answers(self) -> dict[str, list[str]]:
        """{question id: [option id]} for the questions of the chosen check."""
        check = self.checks[self.cleaned_data["check"]]
        return {
            q.id: self.cleaned_data.get(answer_field_name(q.id), [])
            for q in check.questions
            if self.cleaned_data.get(answer_field_name(q.id))
        }

    def error_message(self) -> str:
        return " ".join(str(e) for errors in self.errors.values() for e in errors)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is this certificate revoked?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown on the public verification page."),
    )


# A credential of ours is a few kilobytes: anything larger is refused before it is read.
MAX_CREDENTIAL_CHARS = 64 * 1024


class CredentialForm(forms.Form):
    """A credential to check, pasted or uploaded (one of the two)."""

    credential = forms.CharField(
        label=_("Paste a credential"),
        required=False,
        max_length=MAX_CREDENTIAL_CHARS,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false", "autocomplete": "off"}),
        help_text=_("The contents of a .jwt file: a long line of letters and digits with dots."),
    )
    file = forms.FileField(
        label=_("Or upload a credential file"),
        required=False,
        help_text=_("A .jwt file of 64 KB at most."),
    )

    def clean_file(self) -> str:
        upload = self.cleaned_data.get("file")
        if not upload:
            return ""
        if upload.size > MAX_CREDENTIAL_CHARS:
            raise ValidationError(
                _("This file is too large to be a credential (64 KB at most)."), code="too_large"
            )
        try:
            text = upload.read(MAX_CREDENTIAL_CHARS + 1).decode("utf-8")
        except UnicodeDecodeError:
            text = "\x00"
        if "\x00" in text:
            raise ValidationError(
                _("This file is not a credential: it is not text."), code="binary"
            )
        return text

    def clean(self):
        cleaned = super().clean()
        pasted, uploaded = cleaned.get("credential"), cleaned.get("file")
        if self.errors:
            return cleaned
        if pasted and uploaded:
            raise ValidationError(_("Paste a credential or upload a file, not both."))
        if not pasted and not uploaded:
            raise ValidationError(_("Paste a credential or choose a file to check."))
        return cleaned

    def token(self) -> str:
        return self.cleaned_data["file"] or self.cleaned_data["credential"]
