from django import forms
from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from .models import NotificationKind


class FollowForm(forms.Form):
    action = forms.ChoiceField(choices=[("follow", "follow"), ("unfollow", "unfollow")])
    # where to go back to: the page the button was on (only an address of this site)
    next = forms.CharField(max_length=500, required=False)

    def clean_next(self):
        target = self.cleaned_data["next"]
        # a path of this site only: never another host, never a view name
        if target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts=None):
            return target
        return ""


class EmailPreferencesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of my e-mails"), choices=settings.LANGUAGES)
    digest = forms.BooleanField(
        label=_("Send me a weekly digest of what is new in what I follow"), required=False
    )
    emailed_kinds = forms.MultipleChoiceField(
        label=_("What the digest may tell me about"),
        choices=NotificationKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
