"""The forms of a cohort's board: a thread, a reply, a moderator's action. Values are only
read through these (tests/fuzz/test_registry.py); the limits are the models' (a longer text
is refused with its length, and the form keeps what was typed)."""

from django import forms
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models.board import BODY_LENGTH, TITLE_LENGTH


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # here, not at import: the number is written in the reader's language
        self.fields["body"].help_text = gettext(
            "Plain text; line breaks are kept. At most %(limit)s characters."
        ) % {"limit": formats.number_format(BODY_LENGTH, force_grouping=True)}


class ThreadForm(PostForm):
    title = forms.CharField(label=_("Title"), max_length=TITLE_LENGTH)

    field_order = ["title", "body"]


class ReplyForm(PostForm):
    pass


class ModerationForm(forms.Form):
    ACTIONS = (
        ("pin", _("Pin")),
        ("unpin", _("Unpin")),
        ("hide", _("Hide")),
        ("unhide", _("Show again")),
    )
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
