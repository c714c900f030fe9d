"""The guide's parameters, each read through a form (community.fields): a value that does not
clean is left out, as the lists' filters do, never a 500."""

from django import forms

from community.fields import LenientFormMixin, RepeatedField

from . import assessment
from .levels import Level


class ChapterForm(LenientFormMixin, forms.Form):
    """?level= on a chapter: one step level, or all of them."""

    level = forms.ChoiceField(choices=Level.choices, required=False)


class SelfAssessmentForm(LenientFormMixin, forms.Form):
    """?done= (shareable address) or the posted checkboxes: this chapter's recommendations."""

    done = assessment.done_field(())

    def __init__(self, *args, recommendation_ids, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["done"] = assessment.done_field(recommendation_ids)


class ReportForm(LenientFormMixin, forms.Form):
    """The report builder: chapters by slug, step levels (all of them when none is valid)."""

    chapter = RepeatedField(forms.ChoiceField(), max_values=100)
    level = RepeatedField(forms.ChoiceField(choices=Level.choices), max_values=len(Level.values))

    def __init__(self, *args, chapter_slugs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chapter"].child.choices = [(slug, slug) for slug in chapter_slugs]
