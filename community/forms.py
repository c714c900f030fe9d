from django import forms
from django.utils.translation import gettext_lazy as _

from taggit.forms import TagField

from . import labels
from .fields import BoundedModelChoiceField, BoundedModelMultipleChoiceField
from .models import ChallengeArea, Country, ReformerProfile, Theme
from .models.people import SPOKEN_LANGUAGES, ProfilePhotoFormField
from .photos import PreparedPhoto


class CollatedChoiceIterator(forms.models.ModelChoiceIterator):
    """The choices in the reader's alphabetical order of their names (community.labels):
    "Côte d'Ivoire" under C, not after Z as ORDER BY name puts it."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in labels.sorted_by_label(self.queryset, self.field.label_from_instance):
            yield self.choice(obj)


class LabelledMultipleChoiceField(BoundedModelMultipleChoiceField):
    """Choices named in the reader's language, in the queryset's order."""

    def label_from_instance(self, obj):
        return labels.label(obj)


class LabelledChoiceField(BoundedModelChoiceField):
    """Choices named in the reader's language and in its alphabetical order."""

    iterator = CollatedChoiceIterator

    def label_from_instance(self, obj):
        return labels.label(obj)


class ProfileForm(forms.ModelForm):
    """A reformer's own profile. Saving goes through services.profile_update."""

    country = LabelledChoiceField(
        label=_("Country"),
        queryset=Country.objects.in_default_locale(),
        required=False,
    )
    themes = LabelledMultipleChoiceField(
        label=_("Themes you work on"),
        queryset=Theme.objects.in_default_locale(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    challenge_areas = LabelledMultipleChoiceField(
        label=_("Challenge areas"),
        queryset=ChallengeArea.objects.in_default_locale().order_by("sort_order"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = TagField(
        label=_("Expertise"),
        required=False,
        help_text=_("Comma-separated, e.g. open contracting, procurement data, audits."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    photo = ProfilePhotoFormField(
        label=_("Photo"),
        required=False,
        help_text=_("JPEG, PNG or WebP, up to 5 MB. We resize it and remove its metadata."),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)

    class Meta:
        model = ReformerProfile
        fields = [
            "display_name",
            "headline",
            "bio",
            "photo",
            "country",
            "organisation",
            "sector",
            "themes",
            "challenge_areas",
            "expertise",
            "languages",
            "visibility",
            "open_to_peer_exchange",
            "share_contact",
            "contact_links",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 6}),
            "contact_links": forms.Textarea(attrs={"rows": 3}),
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        if self.instance.pk:
            self.initial["expertise"] = list(self.instance.expertise.all())

    def clean_expertise(self):
        tags = self.cleaned_data.get("expertise") or []
        tags = [t.strip()[:100] for t in tags if t.strip()]
        if len(tags) > 20:
            raise forms.ValidationError(_("Please list at most 20 areas of expertise."))
        return tags

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        photo = data.get("photo")
        # A fresh upload arrives prepared (resized, without metadata: see the form field);
        # the photo already on the profile is a FieldFile.
        new_photo = photo if isinstance(photo, PreparedPhoto) else None
        return {
            "display_name": data["display_name"],
            "headline": data["headline"],
            "bio": data["bio"],
            "country": data["country"],
            "organisation": data["organisation"],
            "sector": data["sector"],
            "languages": data["languages"],
            "visibility": data["visibility"],
            "open_to_peer_exchange": data["open_to_peer_exchange"],
            "share_contact": data["share_contact"],
            "contact_links": data["contact_links"],
            "themes": data["themes"],
            "challenge_areas": data["challenge_areas"],
            "expertise": data["expertise"],
            "photo": new_photo,
            "remove_photo": data.get("remove_photo", False) and new_photo is None,
        }


class AccountDeleteForm(forms.Form):
    """Deleting an account is confirmed with its password."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your password; your account is kept."), code="wrong_password"
            )
        return password
