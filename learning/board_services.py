"""Writes of a cohort's discussion board: start a thread, reply, pin, hide. Keyword-only,
one transaction each; `learning.board_views` and the demo loader come through here.

The rules, each in one place:
- `may_post` / `may_moderate` (board_selectors.board_standing): who belongs to the board —
  the cohort's members (accepted applicants) and alumni post; its facilitators and staff
  post and moderate (pin, hide). Everyone else is refused (the views answer 404);
- a post is plain text (escaped when shown, line breaks kept), a title of at most
  TITLE_LENGTH characters and a body of at most BODY_LENGTH; blank ones are refused;
- hiding keeps the post and records who hid it and when; unhiding clears both;
- `may_edit`: authors edit their own posts for EDIT_WINDOW after posting (time to fix a typo
  or a wrong link, not to rewrite what others have answered), unless the post is hidden."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .board_selectors import BoardStanding, board_standing
from .cohort_services import CohortError, NotAllowed
from .models import Cohort, Reply, Thread
from .models.board import BODY_LENGTH, TITLE_LENGTH

__all__ = ["CohortError", "NotAllowed"]

EDIT_WINDOW = timedelta(minutes=30)


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


def _title(title: str) -> str:
    return _text(
        title,
        limit=TITLE_LENGTH,
        empty=_("Give the thread a title."),
        too_long=_("A title has at most %(limit)d characters (this one has %(length)d)."),
    )


def _standing(*, user, cohort: Cohort) -> BoardStanding:
    standing = board_standing(user=user, cohort=cohort)
    if not standing.may_post:
        raise NotAllowed(_("Only this cohort's members and facilitators can post on its board."))
    return standing


@transaction.atomic
def thread_create(*, cohort: Cohort, author, title: str, body: str) -> Thread:
    _standing(user=author, cohort=cohort)
    return Thread.objects.create(
        cohort=cohort, author=author, title=_title(title), body=_body(body)
    )


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


# --- editing ---------------------------------------------------------------------------------


def may_edit(*, post: Thread | Reply, user, now: datetime | None = None) -> bool:
    """Whether `user` may still edit `post`: its author, within EDIT_WINDOW of posting, while
    it is not hidden."""
    now = now or timezone.now()
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and not post.is_hidden
        and now - post.created_at <= EDIT_WINDOW
    )


def edit_refusal(*, post: Thread | Reply, user, now: datetime | None = None) -> str | None:
    """Why `user` cannot edit `post` now, or None."""
    if post.author_id != user.pk:
        return _("Only its author can edit a post.")
    if post.is_hidden:
        return _("A hidden post cannot be edited.")
    if not may_edit(post=post, user=user, now=now):
        minutes = int(EDIT_WINDOW.total_seconds() // 60)
        return _("A post can be edited for %(minutes)d minutes after it is posted.") % {
            "minutes": minutes
        }
    return None


@transaction.atomic
def post_edit(
    *, post: Thread | Reply, by, body: str, title: str | None = None, now: datetime | None = None
) -> Thread | Reply:
    """The author changes their post (a thread's title too) within the window."""
    post = type(post).objects.select_for_update().get(pk=post.pk)
    cohort = post.cohort if isinstance(post, Thread) else post.thread.cohort
    _standing(user=by, cohort=cohort)
    refusal = edit_refusal(post=post, user=by, now=now)
    if refusal:
        if post.author_id != by.pk:
            raise NotAllowed(refusal)
        raise CohortError(refusal)
    post.body = _body(body)
    fields = ["body", "edited_at"]
    if isinstance(post, Thread) and title is not None:
        post.title = _title(title)
        fields.append("title")
    post.edited_at = now or timezone.now()
    post.save(update_fields=fields)
    return post
