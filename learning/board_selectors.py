"""Reads of a cohort's discussion board: who belongs to it, a page of threads and a page of
a thread's replies. Each page runs a fixed number of queries, whatever the number of threads,
replies or members."""

from dataclasses import dataclass

from django.core.paginator import Page
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from community.models.people import Visibility

from .cohort_selectors import _facilitates
from .models import Alumnus, Application, Cohort, Reply, Thread

THREADS_PER_PAGE = 20
REPLIES_PER_PAGE = 30


@dataclass(frozen=True)
class BoardStanding:
    member: bool  # an accepted member or an alumnus of the cohort
    moderator: bool  # its facilitators and staff

    @property
    def may_read(self) -> bool:
        return self.member or self.moderator

    may_post = may_read

    @property
    def may_moderate(self) -> bool:
        return self.moderator

    @property
    def sees_hidden(self) -> bool:
        return self.moderator


def board_standing(*, user, cohort: Cohort) -> BoardStanding:
    """Who belongs to the board: the cohort's accepted members and its alumni (who stay
    after the cohort ends), its facilitators and staff. One query at most (the cohort read
    by `cohort_selectors.cohort_for` carries its facilitators' ids; another is asked)."""
    if not (user.is_authenticated and user.is_active):
        return BoardStanding(member=False, moderator=False)
    ids = getattr(cohort, "facilitator_ids", None)
    if ids is None:
        ids = set(cohort.facilitators.values_list("pk", flat=True))
        cohort.facilitator_ids = ids
    moderator = _facilitates(user, cohort)
    member = (
        Application.objects.filter(
            cohort=cohort, applicant=user, state=Application.State.ACCEPTED
        ).exists()
        or Alumnus.objects.filter(cohort=cohort, user=user).exists()
    )
    return BoardStanding(member=member, moderator=moderator)


def _visible(rows, standing: BoardStanding):
    return rows if standing.sees_hidden else rows.filter(hidden_at__isnull=True)


def with_authors(posts):
    """Name each post's author as the board shows them (`author_name`, `author_url`): a
    member's profile name and link, unless their profile is private or their account is
    closed (then "A member of the cohort", no link: a private profile is seen nowhere).
    No query: the posts come with `author__profile`."""
    posts = list(posts)
    for post in posts:
        profile = _shown_profile(post.author)
        if profile is not None:
            post.author_name, post.author_url = profile.display_name, profile.get_absolute_url()
        else:
            post.author_name, post.author_url = _("A member of the cohort"), ""
        hider = _shown_profile(post.hidden_by) if post.hidden_by_id else None
        post.hider_name = hider.display_name if hider else ""
    return posts


def paged(page: Page) -> Page:
    """A page of threads or replies with their authors named (`with_authors`)."""
    page.object_list = with_authors(page.object_list)
    return page


def _shown_profile(user):
    profile = getattr(user, "profile", None)
    if profile is None or not user.is_active or profile.visibility == Visibility.PRIVATE:
        return None
    return profile


def threads(*, cohort: Cohort, standing: BoardStanding):
    """The board's threads, pinned first then by latest activity, with their authors and
    the number of replies the reader may see (a page of them: two queries, the count and
    the page, whatever the number of threads and replies)."""
    reply_filter = Q() if standing.sees_hidden else Q(replies__hidden_at__isnull=True)
    rows = (
        _visible(Thread.objects.filter(cohort=cohort), standing)
        .select_related("author__profile", "hidden_by__profile")
        .annotate(reply_count=Count("replies", filter=reply_filter))
        .order_by("-pinned", "-last_activity_at", "-pk")
    )
    return rows


def thread_for(*, cohort: Cohort, pk: int, standing: BoardStanding) -> Thread | None:
    """A thread of this cohort the reader may see, or None (another cohort's, hidden from
    a member, or no such thread: the same answer)."""
    return (
        _visible(Thread.objects.filter(cohort=cohort, pk=pk), standing)
        .select_related("author__profile", "hidden_by__profile", "cohort")
        .first()
    )


def reply_for(*, cohort: Cohort, pk: int, standing: BoardStanding) -> Reply | None:
    return (
        _visible(Reply.objects.filter(thread__cohort=cohort, pk=pk), standing)
        .select_related("thread__cohort")
        .first()
    )


def replies(*, thread: Thread, standing: BoardStanding):
    rows = (
        _visible(Reply.objects.filter(thread=thread), standing)
        .select_related("author__profile", "hidden_by__profile")
        .order_by("created_at", "pk")
    )
    return rows
