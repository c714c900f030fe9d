"""A cohort's members-only discussion board, at /learning/cohorts/<slug>/board/ under the
reader's language prefix. Anonymous visitors are asked to sign in; anyone signed in who does
not belong to the board (board_selectors.board_standing) gets a 404, the same as for a
cohort that does not exist: the board's existence and content stay inside the cohort."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import board_selectors as selectors
from . import board_services as services
from .board_forms import ModerationForm, ReplyForm, ThreadForm
from .cohort_selectors import cohort_for
from .models import Thread


def _board(request, slug):
    """(cohort, standing) for a member, alumnus, facilitator or staff; a 404 otherwise."""
    cohort = cohort_for(slug=slug, user=request.user)
    if cohort is None:
        raise Http404
    standing = selectors.board_standing(user=request.user, cohort=cohort)
    if not standing.may_read:
        raise Http404
    return cohort, standing


def _thread(cohort, standing, pk) -> Thread:
    thread = selectors.thread_for(cohort=cohort, pk=pk, standing=standing)
    if thread is None:
        raise Http404
    return thread


@require_http_methods(["GET", "POST"])
def board(request, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    cohort, standing = _board(request, slug)
    form, error, status = ThreadForm(request.POST or None), None, 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                thread = services.thread_create(
                    cohort=cohort, author=request.user, **form.cleaned_data
                )
            except services.CohortError as refused:
                error = refused.message  # the form keeps what was typed
            else:
                messages.success(request, _("Your thread is posted."))
                return redirect("learning:board_thread", slug=cohort.slug, pk=thread.pk)
    rows = selectors.threads(cohort=cohort, standing=standing)
    page_obj = selectors.paged(
        Paginator(rows, selectors.THREADS_PER_PAGE).get_page(request.GET.get("page"))
    )
    return render(
        request,
        "learning/cohorts/board.html",
        {
            "cohort": cohort,
            "standing": standing,
            "page_obj": page_obj,
            "form": form,
            "error": error,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def board_thread(request, slug, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    cohort, standing = _board(request, slug)
    thread = _thread(cohort, standing, pk)
    form, error, status = ReplyForm(request.POST or None), None, 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.reply_create(
                    thread=thread, author=request.user, body=form.cleaned_data["body"]
                )
            except services.CohortError as refused:
                error = refused.message
            else:
                messages.success(request, _("Your reply is posted."))
                return redirect("learning:board_thread", slug=cohort.slug, pk=thread.pk)
    thread_author = selectors.with_authors([thread])[0]
    rows = selectors.replies(thread=thread, standing=standing)
    page_obj = selectors.paged(
        Paginator(rows, selectors.REPLIES_PER_PAGE).get_page(request.GET.get("page"))
    )
    for post in [thread_author, *page_obj.object_list]:  # an "edit" link on one's own
        post.editable = services.may_edit(post=post, user=request.user)
    return render(
        request,
        "learning/cohorts/thread.html",
        {
            "cohort": cohort,
            "standing": standing,
            "thread": thread_author,
            "page_obj": page_obj,
            "form": form,
            "error": error,
        },
        status=status,
    )


# --- editing one's own post ------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def thread_edit(request, slug, pk):
    return _edit(
        request, slug, lambda c, s: selectors.thread_for(cohort=c, pk=pk, standing=s), ThreadForm
    )


@require_http_methods(["GET", "POST"])
def reply_edit(request, slug, pk):
    return _edit(
        request, slug, lambda c, s: selectors.reply_for(cohort=c, pk=pk, standing=s), ReplyForm
    )


def _edit(request, slug, find, form_class):
    """The author edits their post within the window (board_services.EDIT_WINDOW): others
    who belong to the board get a 403, outsiders a 404; after the window the page says so
    and a POST is a 400 that keeps what was typed."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    cohort, standing = _board(request, slug)
    post = find(cohort, standing)
    if post is None:
        raise Http404
    if post.author_id != request.user.pk:
        raise PermissionDenied
    is_thread = isinstance(post, Thread)
    initial = {"body": post.body, **({"title": post.title} if is_thread else {})}
    form = form_class(request.POST or None, initial=initial)
    error, status = services.edit_refusal(post=post, user=request.user), 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.post_edit(post=post, by=request.user, **form.cleaned_data)
            except services.CohortError as refused:
                error = refused.message
            else:
                messages.success(request, _("Your post is saved."))
                return redirect(
                    "learning:board_thread",
                    slug=cohort.slug,
                    pk=post.pk if is_thread else post.thread_id,
                )
    return render(
        request,
        "learning/cohorts/post_edit.html",
        {
            "cohort": cohort,
            "form": form,
            "error": error,
            "thread_id": post.pk if is_thread else post.thread_id,
            "minutes": int(services.EDIT_WINDOW.total_seconds() // 60),
        },
        status=status,
    )


def _moderate(request, slug, find):
    """Pin, unpin, hide or show a post (facilitators and staff): others who belong to the
    board get a 403, outsiders a 404."""
    if not request.user.is_authenticated:
        return None, None
    cohort, standing = _board(request, slug)
    post = find(cohort, standing)
    if post is None:
        raise Http404
    return cohort, post


@require_POST
def thread_moderate(request, slug, pk):
    cohort, thread = _moderate(
        request, slug, lambda c, s: selectors.thread_for(cohort=c, pk=pk, standing=s)
    )
    if cohort is None:
        return redirect_to_login(request.get_full_path())
    form = ModerationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose pin, unpin, hide or show again."))
        return redirect("learning:board", slug=cohort.slug)
    action = form.cleaned_data["action"]
    try:
        if action in ("pin", "unpin"):
            services.thread_pin(thread=thread, pinned=action == "pin", by=request.user)
        else:
            services.post_hide(post=thread, hidden=action == "hide", by=request.user)
    except services.NotAllowed:
        raise PermissionDenied from None
    messages.success(request, _("Done."))
    return redirect("learning:board", slug=cohort.slug)


@require_POST
def reply_moderate(request, slug, pk):
    cohort, reply = _moderate(
        request, slug, lambda c, s: selectors.reply_for(cohort=c, pk=pk, standing=s)
    )
    if cohort is None:
        return redirect_to_login(request.get_full_path())
    form = ModerationForm(request.POST)
    action = form.cleaned_data["action"] if form.is_valid() else ""
    if action not in ("hide", "unhide"):
        messages.error(request, _("A reply can be hidden or shown again."))
        return redirect("learning:board_thread", slug=cohort.slug, pk=reply.thread_id)
    try:
        services.post_hide(post=reply, hidden=action == "hide", by=request.user)
    except services.NotAllowed:
        raise PermissionDenied from None
    messages.success(request, _("Done."))
    return redirect("learning:board_thread", slug=cohort.slug, pk=reply.thread_id)
