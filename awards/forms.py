"""The forms of nominators and staff. Values are only read through these (a rule of the site,
checked by tests/fuzz/test_registry.py)."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from community.fields import BoundedModelChoiceField

from . import selectors
from .files import sniff
from .models import RECORD_FIELD, JurorAssignment, NominationFile, NominationKind, NominationState
from .services import NominationData, ScoreInput

MAX_LINKS = 5
ACTIONS = [("draft", _("Save as draft")), ("submit", _("Submit the nomination"))]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern), at most `max_files`."""

    def __init__(self, *args, max_files: int = NominationFile.MAX_PER_NOMINATION, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
        self.max_files = max_files
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data] if data else []
        if len(uploads) > self.max_files:
            raise ValidationError(
                _("Choose at most %(count)s files."), params={"count": self.max_files}
            )
        single = super().clean
        return [single(upload, initial) for upload in uploads if upload]


class NominationForm(forms.Form):
    category = BoundedModelChoiceField(
        label=_("Category"), queryset=None, empty_label=None, widget=forms.RadioSelect
    )
    kind = forms.ChoiceField(
        label=_("What are you nominating?"),
        choices=NominationKind.choices,
        widget=forms.RadioSelect,
    )
    record = forms.CharField(
        label=_("Which one"),
        max_length=100,
        required=False,
        help_text=_(
            "Start typing a name and choose from the list: a commitment (or its id, e.g. "
            "KE0012), a member government, or a reformer with a public profile."
        ),
    )
    title = forms.CharField(
        label=_("Name of the initiative"),
        max_length=300,
        required=False,
        help_text=_("Only for an initiative described in words."),
    )
    description = forms.CharField(
        label=_("What the initiative is"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    statement = forms.CharField(
        label=_("Why it deserves the award"),
        max_length=6000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Required to submit; a draft may be saved without it."),
    )
    evidence_links = forms.CharField(
        label=_("Evidence links"),
        max_length=MAX_LINKS * 600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Up to 5 web addresses, one per line."),
    )
    files = MultipleFileField(
        label=_("Supporting files"),
        required=False,
        help_text=_("Up to 3 files in all: PDF, JPEG or PNG."),
    )
    remove_files = forms.TypedMultipleChoiceField(
        label=_("Remove these files"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    client_key = forms.UUIDField(widget=forms.HiddenInput)
    action = forms.ChoiceField(choices=ACTIONS, initial="submit")

    def __init__(self, *args, programme, existing_files=(), category_names=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.programme = programme
        names = category_names or {}
        self.fields["category"].queryset = programme.categories.all()
        self.fields["category"].label_from_instance = lambda c: names.get(c.pk, c.name)
        self.existing_files = list(existing_files)
        self.fields["remove_files"].choices = [(f.pk, f.original_name) for f in existing_files]
        if not self.existing_files:
            del self.fields["remove_files"]
        self.fields["record"].widget.attrs.update(
            {"list": "award-record-suggestions", "autocomplete": "off", "data-award-record": ""}
        )

    def clean_evidence_links(self):
        lines = [line.strip() for line in self.cleaned_data["evidence_links"].splitlines()]
        links = [line for line in lines if line]
        if len(links) > MAX_LINKS:
            raise ValidationError(_("Give at most %(count)s links."), params={"count": MAX_LINKS})
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                validate(link)
            except ValidationError:
                raise ValidationError(
                    _("%(link)s is not a web address (https://...)."), params={"link": link[:100]}
                ) from None
        return links

    def clean_files(self):
        checked = []
        errors = []
        for upload in self.cleaned_data.get("files") or []:
            try:
                checked.append((upload, sniff(upload)))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return checked

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind in RECORD_FIELD:
            key = (cleaned.get("record") or "").strip()
            record = selectors.record_for(kind=kind, key=key) if key else None
            if record is None:
                self.add_error("record", _record_missing(kind, bool(key)))
            cleaned["record_object"] = record
        elif kind == NominationKind.INITIATIVE and not cleaned.get("title", "").strip():
            self.add_error("title", _("Give the initiative's name."))
        if cleaned.get("action") == "submit" and not cleaned.get("statement", "").strip():
            self.add_error("statement", _("Say why it deserves the award before submitting."))
        removed = set(cleaned.get("remove_files") or [])
        kept = len([f for f in self.existing_files if f.pk not in removed])
        if kept + len(cleaned.get("files") or []) > NominationFile.MAX_PER_NOMINATION:
            self.add_error(
                "files",
                _("A nomination has at most %(count)s files: remove one first.")
                % {"count": NominationFile.MAX_PER_NOMINATION},
            )
        return cleaned

    def data_for_service(self) -> NominationData:
        cleaned = self.cleaned_data
        return NominationData(
            category=cleaned["category"],
            kind=cleaned["kind"],
            record=cleaned.get("record_object"),
            title=cleaned.get("title", "").strip(),
            description=cleaned.get("description", "").strip(),
            statement=cleaned.get("statement", "").strip(),
            evidence_links=cleaned.get("evidence_links", []),
            files=cleaned.get("files", []),
            remove_files=list(cleaned.get("remove_files") or []),
        )


def _record_missing(kind: str, typed: bool) -> str:
    if not typed:
        return _("Choose the record you are nominating from the list.")
    return {
        NominationKind.COMMITMENT: _("No commitment has this id. Choose one from the list."),
        NominationKind.MEMBER: _("No member government has this name. Choose one from the list."),
        NominationKind.REFORMER: _(
            "No reformer with a public profile has this name. Choose one from the list."
        ),
    }[kind]


class RecordSuggestionForm(forms.Form):
    """The query of the record autocomplete."""

    kind = forms.ChoiceField(choices=[(k, k) for k in RECORD_FIELD])
    q = forms.CharField(max_length=100)


class EligibilityForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("eligible", _("Eligible")), ("ineligible", _("Not eligible"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (sent to the nominator)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "ineligible" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Say why: the nominator is told."))
        return cleaned


# --- the jury ------------------------------------------------------------------------------


class ScoreForm(forms.Form):
    """A juror's sheet: each criterion of the rubric 1–5 (the choices say what each score
    means) with a comment. `criteria`: [(criterion of the original programme, the same
    criterion in the reader's language)]."""

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for original, shown in self.criteria:
            self.fields[f"score_{original.pk}"] = forms.TypedChoiceField(
                label=shown.name,
                choices=[(score, f"{score}: {text}") for score, text in shown.descriptors()],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Give a score from 1 to 5."),
                    "invalid_choice": _("A score is a whole number from 1 to 5."),
                },
            )
            self.fields[f"comment_{original.pk}"] = forms.CharField(
                label=_("Comment on %(criterion)s") % {"criterion": shown.name},
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rows(self):
        """(criterion in the reader's language, its score field, its comment field)."""
        return [
            (shown, self[f"score_{original.pk}"], self[f"comment_{original.pk}"])
            for original, shown in self.criteria
        ]

    def scores(self) -> dict:
        return {
            original.pk: ScoreInput(
                value=self.cleaned_data[f"score_{original.pk}"],
                comment=self.cleaned_data[f"comment_{original.pk}"],
            )
            for original, _shown in self.criteria
        }


class ConflictForm(forms.Form):
    reason = forms.CharField(
        label=_("What is the conflict?"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Staff read it; the nominee and the nominator do not."),
    )


# --- staff: the jury's screens in the admin -------------------------------------------------


class JuryActionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("auto_assign", _("Assign automatically")),
            ("close", _("Close the jury")),
            ("publish", _("Publish the results")),
        ]
    )


def _juror_label(user) -> str:
    profile = getattr(user, "profile", None)
    return f"{profile.display_name} ({user.email})" if profile else user.email


class ManualAssignForm(forms.Form):
    nomination = BoundedModelChoiceField(label=_("Nomination"), queryset=None)
    juror = BoundedModelChoiceField(label=_("Juror"), queryset=None)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomination"].queryset = selectors.judged_nominations(programme=programme)
        users = get_user_model().objects.filter(jury_seats__programme=programme)
        self.fields["juror"].queryset = users.select_related("profile").order_by("email")
        self.fields["juror"].label_from_instance = _juror_label


class UnassignForm(forms.Form):
    assignment = BoundedModelChoiceField(queryset=None)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignment"].queryset = JurorAssignment.objects.filter(
            nomination__programme=programme, recused_at__isnull=True
        )


class ResultForm(forms.Form):
    nomination = BoundedModelChoiceField(queryset=None)
    state = forms.ChoiceField(
        label=_("Result"),
        choices=[
            (NominationState.ELIGIBLE, _("Not a finalist")),
            (NominationState.SHORTLISTED, _("Shortlisted")),
            (NominationState.WINNER, _("Winner")),
        ],
    )
    citation = forms.CharField(
        label=_("Citation"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomination"].queryset = selectors.judged_nominations(programme=programme)
