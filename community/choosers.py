"""What editors are offered when content features reformers: public profiles of active
accounts only. Editors and moderators write stories; they have no business with the names of
people who keep their profile private or to the community (staff manage every profile
under Partnership → Reformer profiles, which is the admin of records, not a chooser)."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.snippets.views.chooser import (
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

from .models import ReformerProfile


def featurable_profiles(*, already_featured=()):
    """Profiles a piece of content may feature: the public ones, and those it already
    features (a person who has since hidden their profile can still be taken off it)."""
    featurable = ReformerProfile.objects.featurable()
    if already_featured:
        featurable = featurable | ReformerProfile.objects.filter(pk__in=already_featured)
    return featurable.order_by("display_name", "pk")


class FeaturedReformersPageForm(WagtailAdminPageForm):
    """A page form whose `reformers` field offers and accepts only featurable profiles."""

    featured_field = "reformers"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.featured_field)
        if field is None:
            return
        already = []
        if self.instance.pk:
            # the page being edited (its latest revision): its featured reformers stay offered
            already = [profile.pk for profile in getattr(self.instance, self.featured_field).all()]
        field.queryset = featurable_profiles(already_featured=already)


class ReformerChosenView(SnippetChosenView):
    def get_object(self, pk):
        return featurable_profiles().get(pk=pk)


class ReformerChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return featurable_profiles().filter(pk__in=pks)


class ReformerChooserViewSet(SnippetChooserViewSet):
    """The snippet chooser of reformer profiles (used by any chooser widget or block):
    lists, searches and returns featurable profiles only; another id is a 404."""

    chosen_view_class = ReformerChosenView
    chosen_multiple_view_class = ReformerChosenMultipleView

    def get_object_list(self):
        return featurable_profiles()
