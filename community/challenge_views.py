"""Views of the Open Gov Challenge: a member's submissions and the form its points of
contact put a reform forward with (at /challenge/members/<member>/), and staff's review
screen (/challenge/review/). Reads from challenge_selectors, writes through
challenge_services; who may do what is `permissions.can_edit_member` (and staff for the
review), asked again by every service."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import challenge_selectors as selectors
from . import challenge_services as services
from . import selectors as records
from .challenge_forms import ReviewForm, SubmissionForm
from .permissions import can_edit_member


def _is_staff(user) -> bool:
    return user.is_authenticated and user.is_active and user.is_staff


def _editable_member(request, slug):
    member = records.member_get(slug=slug)
    if not can_edit_member(request.user, member):
        raise PermissionDenied
    return member


@require_GET
def member_submissions(request, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    member = _editable_member(request, slug)
    return render(
        request,
        "community/challenge/member_submissions.html",
        {"member": member, "submissions": selectors.submissions_of_member(member=member)},
    )


def _form_page(request, *, member, form, submission=None, error=None, status=200):
    return render(
        request,
        "community/challenge/submission_form.html",
        {"member": member, "form": form, "submission": submission, "error": error},
        status=status,
    )


def _saved(request, submission, sent: bool):
    if sent:
        messages.success(request, _("Your reform is sent for review. We will e-mail you."))
    else:
        messages.success(request, _("Your draft is saved."))
    return redirect("community:challenge_member_submissions", slug=submission.member.slug)


@require_http_methods(["GET", "POST"])
def submission_create(request, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    member = _editable_member(request, slug)
    if request.method == "GET":
        return _form_page(request, member=member, form=SubmissionForm(member=member))
    form = SubmissionForm(request.POST, member=member)
    if form.is_valid():
        sent = form.cleaned_data["action"] == "submit"
        try:
            submission = services.submission_create(
                user=request.user, member=member, submit=sent, **form.service_kwargs()
            )
        except services.ChallengeError as refused:
            return _form_page(request, member=member, form=form, error=refused.message, status=400)
        return _saved(request, submission, sent)
    return _form_page(request, member=member, form=form, status=400)


@require_http_methods(["GET", "POST"])
def submission_edit(request, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    submission = selectors.submission_get(pk=pk)
    member = submission.member
    if not can_edit_member(request.user, member):
        raise PermissionDenied
    if request.method == "GET":
        form = SubmissionForm(initial=SubmissionForm.initial_for(submission), member=member)
        return _form_page(request, member=member, form=form, submission=submission)
    form = SubmissionForm(request.POST, member=member)
    if not form.is_valid():
        return _form_page(request, member=member, form=form, submission=submission, status=400)
    sent = form.cleaned_data["action"] == "submit"
    try:
        submission = services.submission_update(
            submission=submission, user=request.user, **form.service_kwargs()
        )
        if sent:
            submission = services.submission_submit(submission=submission, user=request.user)
    except services.ChallengeError as refused:
        return _form_page(
            request,
            member=member,
            form=form,
            submission=submission,
            error=refused.message,
            status=400,
        )
    return _saved(request, submission, sent)


# --- staff's review -------------------------------------------------------------------------

DECISIONS = {
    "accept": services.submission_accept,
    "changes": services.submission_request_changes,
    "decline": services.submission_decline,
}


@require_GET
def review_list(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not _is_staff(request.user):
        raise PermissionDenied
    return render(
        request, "community/challenge/review_list.html", selectors.submissions_to_review()
    )


def _review_page(request, submission, form, *, error=None, status=200):
    return render(
        request,
        "community/challenge/review.html",
        {"submission": submission, "form": form, "error": error},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def review(request, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not _is_staff(request.user):
        raise PermissionDenied
    submission = selectors.submission_get(pk=pk)
    if request.method == "GET":
        return _review_page(request, submission, ReviewForm())
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _review_page(request, submission, form, status=400)
    decide = DECISIONS[form.cleaned_data["decision"]]
    try:
        decide(submission=submission, user=request.user, note=form.cleaned_data["note"])
    except services.ChallengeError as refused:
        return _review_page(request, submission, form, error=refused.message, status=400)
    messages.success(request, _("Decision saved; the submitter is told by e-mail."))
    return redirect("community:challenge_review_list")
