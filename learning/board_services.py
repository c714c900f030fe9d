"""Writes of a cohort's discussion board: start a thread, reply, pin, hide. Keyword-only,
one transaction each; `learning.board_views` and the demo loader come through here.

The rules, each in one place:
- `may_post` / `may_moderate` (board_selectors.board_standing): who belongs to the board —
  the cohort's members (accepted applicants) and alumni post; its facilitators and staff
  post and moderate (pin, hide). Everyone else is refused (the views answer 404);
- a post is plain text (escaped when shown, line breaks kept), a title of at most
  TITLE_LENGTH characters and a body of at most BODY_LENGTH; blank ones are refused;
- hiding keeps the post and records who hid it and when; unhiding clears both."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .board_selectors import BoardStanding, board_standing
from .cohort_services import CohortError, NotAllowed
from .models import Cohort, Reply, Thread
from .models.board import BODY_LENGTH, TITLE_LENGTH

__all__ = ["CohortError", "NotAllowed"]


def _text(value: str, *, limit: int, empty: str, too_long: str) -> str:
    value = (value or "").strip()
    if not value:
        raise CohortError(empty)
    if len(value) > limit:
        raise CohortError(too_long % {"limit": limit, "length": len(value)})
    return value


def _body(body: str) -> str:
    return _text(
        body,
        limit=BODY_LENGTH,
        empty=_("Write a message."),
        too_long=_("A message has at most %(limit)d characters (this one has %(length)d)."),
    )


def _standing(*, user, cohort: Cohort) -> BoardStanding:
    standing = board_standing(user=user, cohort=cohort)
    if not standing.may_post:
        raise NotAllowed(_("Only this cohort's members and facilitators can post on its board."))
    return standing


@transaction.atomic
def thread_create(*, cohort: Cohort, author, title: str, body: str) -> Thread:
    _standing(user=author, cohort=cohort)
    title = _text(
        title,
        limit=TITLE_LENGTH,
        empty=_("Give the thread a title."),
        too_long=_("A title has at most %(limit)d characters (this one has %(length)d)."),
    )
    return Thread.objects.create(cohort=cohort, author=author, title=title, body=_body(body))


@transaction.atomic
def reply_create(*, thread: Thread, author, body: str) -> Reply:
    """Reply to a thread of the author's cohort. A hidden thread takes no replies (its
    moderators may unhide it first)."""
    _standing(user=author, cohort=thread.cohort)
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if thread.is_hidden:
        raise CohortError(_("This thread is hidden: it takes no replies."))
    reply = Reply.objects.create(thread=thread, author=author, body=_body(body))
    Thread.objects.filter(pk=thread.pk).update(last_activity_at=reply.created_at)
    return reply


def _moderator(*, user, cohort: Cohort) -> None:
    if not board_standing(user=user, cohort=cohort).may_moderate:
        raise NotAllowed(_("Only this cohort's facilitators can pin or hide posts."))


@transaction.atomic
def thread_pin(*, thread: Thread, pinned: bool, by) -> Thread:
    _moderator(user=by, cohort=thread.cohort)
    Thread.objects.filter(pk=thread.pk).update(pinned=pinned)
    thread.pinned = pinned
    return thread


@transaction.atomic
def post_hide(*, post: Thread | Reply, hidden: bool, by) -> Thread | Reply:
    """Hide (or unhide) a thread or a reply. Hiding what is hidden keeps who hid it first."""
    cohort = post.cohort if isinstance(post, Thread) else post.thread.cohort
    _moderator(user=by, cohort=cohort)
    model = type(post)
    post = model.objects.select_for_update().get(pk=post.pk)
    if hidden and not post.is_hidden:
        post.hidden_at, post.hidden_by = timezone.now(), by
    elif not hidden:
        post.hidden_at, post.hidden_by = None, None
    post.save(update_fields=["hidden_at", "hidden_by"])
    return post
