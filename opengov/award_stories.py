"""Start an OpenStories page from an award winner. The awards app and the stories app are
siblings that do not import each other (pyproject's import contracts), so the project layer,
which sees both, makes the draft story and asks awards.services to link it to the winner."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Locale
from wagtail.rich_text import RichText

from awards import services as award_services
from awards.models import Nomination
from community.models import ReformerProfile
from stories.models import StoryIndexPage, StoryPage


def _unique_slug(parent, base: str) -> str:
    base = (slugify(base) or "award-winner")[:70]
    slug, number = base, 1
    while parent.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def story_from_winner(*, nomination: Nomination, by) -> StoryPage:
    """A draft story (not live) under the stories index of the site's language, with the
    winner's facts filled in: title, introduction (the citation), the nomination's statement
    as its first paragraph, the member and country, the commitment or the reformer (a public
    profile only) featured. The nomination links to it. A winner with a story keeps it."""
    if not (by.is_active and by.is_staff):
        raise PermissionDenied
    nomination = (
        Nomination.objects.select_for_update(of=("self",))
        .select_related(
            "programme", "commitment__action_plan__member__country", "member__country",
            "reformer__country", "story",
        )
        .get(pk=nomination.pk)
    )  # fmt: skip
    if nomination.story is not None:
        return nomination.story
    if nomination.state != Nomination.State.WINNER:
        raise award_services.JuryError(_("Only a winner is linked to a story."))
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    index = StoryIndexPage.objects.filter(locale=locale).first()
    if index is None:
        raise award_services.JuryError(_("There is no stories index to add the story to."))
    member = None
    if nomination.commitment is not None:
        member = nomination.commitment.action_plan.member
    elif nomination.member is not None:
        member = nomination.member
    country = member.country if member else getattr(nomination.reformer, "country", None)
    with translation.override(settings.LANGUAGE_CODE):
        title = _("%(nominee)s, winner of %(programme)s") % {
            "nominee": nomination.title,
            "programme": nomination.programme.title,
        }
    statement = nomination.statement or nomination.description
    story = StoryPage(
        title=title[:255],
        slug=_unique_slug(index, title),
        intro=(nomination.citation or statement or title)[:500],
        body=[("paragraph", RichText(f"<p>{escape(statement)}</p>"))] if statement else [],
        member=member,
        country=country if country is not None and country.locale_id == locale.pk else None,
        live=False,
    )
    if nomination.commitment is not None:
        story.commitments = [nomination.commitment]
    if (
        nomination.reformer is not None
        and ReformerProfile.objects.featurable().filter(pk=nomination.reformer_id).exists()
    ):
        story.reformers = [nomination.reformer]
    index.add_child(instance=story)
    story.save_revision(user=by)
    award_services.story_link(nomination=nomination, story=story, by=by)
    return story


@require_POST
def story_start_view(request, pk):
    """Staff, from the ranking screen: make the draft story and open it in the editor."""
    nomination = get_object_or_404(Nomination, pk=pk)
    try:
        story = story_from_winner(nomination=nomination, by=request.user)
    except award_services.JuryError as refused:
        messages.error(request, refused.message)
        return redirect(reverse("awards_jury:ranking", args=[nomination.programme_id]))
    messages.success(request, _("A draft story is started from the winner: finish it here."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[story.pk]))
