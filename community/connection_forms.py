from django import forms
from django.utils.translation import gettext_lazy as _

from .models.connections import MESSAGE_MAX_LENGTH, REASON_MAX_LENGTH


class SuggestionReasonForm(forms.Form):
    """The reason a peer suggestion gave, carried to the request form in the query string."""

    reason = forms.CharField(max_length=REASON_MAX_LENGTH, required=False)


class ConnectionRequestForm(forms.Form):
    message = forms.CharField(
        label=_("A short message (optional)"),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say who you are and what you would like to talk about (500 characters)."),
    )
    reason = forms.CharField(max_length=REASON_MAX_LENGTH, required=False, widget=forms.HiddenInput)


class ConnectionAnswerForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("accept", _("Accept")),
            ("decline", _("Decline")),
            ("withdraw", _("Withdraw")),
            ("remove", _("Remove")),
        ]
    )


class BlockForm(forms.Form):
    action = forms.ChoiceField(choices=[("block", _("Block")), ("unblock", _("Unblock"))])
