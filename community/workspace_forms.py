"""Forms of the member workspace. They check what they can (dates in order, a plan of the
member's) so that the page says what is wrong and keeps what was typed; the services check
again (community.workspace_services)."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from .fields import BoundedModelChoiceField
from .models import ActionPlan, Commitment, EvidenceLink, Milestone, ProgressUpdate
from .workspace_services import COMMITMENT_FIELDS, MILESTONE_FIELDS


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PlanChoiceField(BoundedModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} · {obj.ogp_id}"


class CommitmentForm(forms.ModelForm):
    action_plan = PlanChoiceField(label=_("Action plan"), queryset=ActionPlan.objects.none())

    class Meta:
        model = Commitment
        fields = list(COMMITMENT_FIELDS)
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "description": forms.Textarea(attrs={"rows": 8}),
            "supporting_institutions": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, member, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action_plan"].queryset = ActionPlan.objects.filter(member=member).order_by(
            "-start_year", "ogp_id"
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        return data

    def _post_clean(self):
        # the model's own checks (unique public id, ...) run in the service, which sets them
        pass

    def service_kwargs(self) -> dict:
        return {name: self.cleaned_data[name] for name in COMMITMENT_FIELDS}


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = list(MILESTONE_FIELDS)
        widgets = {"due_date": DateInput(), "done_date": DateInput()}

    def clean(self):
        data = super().clean()
        done, done_date = data.get("is_done"), data.get("done_date")
        if done_date and not done:
            self.add_error(
                "done_date",
                _("A milestone with a date of completion is done: tick “done” or clear the date."),
            )
        if done_date and done_date > datetime.date.today():
            self.add_error("done_date", _("A milestone cannot be done in the future."))
        return data

    def _post_clean(self):
        pass

    def service_kwargs(self) -> dict:
        return {name: self.cleaned_data[name] for name in MILESTONE_FIELDS}


class EvidenceForm(forms.ModelForm):
    url = forms.URLField(label=_("Address"), max_length=500, assume_scheme="https")

    class Meta:
        model = EvidenceLink
        fields = ["title", "url"]
        widgets = {"url": forms.URLInput(attrs={"placeholder": "https://"})}


class ProgressUpdateForm(forms.ModelForm):
    class Meta:
        model = ProgressUpdate
        fields = ["date", "status", "note"]
        widgets = {"date": DateInput(), "note": forms.Textarea(attrs={"rows": 5})}

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > datetime.date.today():
            raise forms.ValidationError(_("An update cannot be dated in the future."))
        return date

    def _post_clean(self):
        pass
