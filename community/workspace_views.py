"""The member workspace on the public site (/workspace/): a point of contact keeps their
member's commitments, milestones, evidence and progress current. Every view asks the one
rule (community.permissions.can_edit_member): someone else gets a 403; a commitment or a
milestone that is not the member's, a 404. Forms keep what was typed and say what is wrong
(400)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.languages import localize_url

from . import progress, workspace_selectors, workspace_services
from .models import Commitment, Member
from .permissions import can_edit_member
from .workspace_forms import CommitmentForm, EvidenceForm, MilestoneForm, ProgressUpdateForm

MEMBERS_PER_PAGE = 50


def _member(request, slug) -> Member:
    member = get_object_or_404(Member.objects.select_related("country"), slug=slug)
    if not can_edit_member(request.user, member):
        raise PermissionDenied("Not a point of contact of this member")
    return member


def _commitment_url(commitment, member) -> str:
    return localize_url(
        reverse(
            "community:workspace_commitment",
            kwargs={"slug": member.slug, "public_id": commitment.public_id},
        )
    )


def _save(form, write):
    """Run the service ``write``; its ValidationError goes onto the form (nothing lost)."""
    try:
        return write()
    except ValidationError as error:
        form.add_error(None, error)
        return None


def _invalid(request):
    messages.error(request, _("Please correct the highlighted fields; nothing was lost."))
    return 400


@login_required
def workspace_home(request):
    members = workspace_selectors.members_editable_by(user=request.user)
    page_obj = Paginator(members, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "community/workspace/home.html", {"page_obj": page_obj})


@login_required
def workspace_member(request, slug):
    member = _member(request, slug)
    return render(
        request,
        "community/workspace/member.html",
        {
            "member": member,
            "plans": workspace_selectors.workspace_plans(member=member),
            "rollup": workspace_selectors.member_rollup(member=member),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def commitment_new(request, slug):
    member = _member(request, slug)
    form = CommitmentForm(request.POST or None, member=member)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            commitment = _save(
                form,
                lambda: workspace_services.commitment_create(
                    user=request.user, member=member, **form.service_kwargs()
                ),
            )
            if commitment is not None:
                messages.success(request, _("The commitment is saved."))
                return redirect(_commitment_url(commitment, member))
        status = _invalid(request)
    return render(
        request,
        "community/workspace/form.html",
        {"member": member, "form": form, "heading": _("New commitment")},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def commitment_edit(request, slug, public_id):
    member = _member(request, slug)
    commitment = workspace_selectors.member_commitment_get(member=member, public_id=public_id)
    form = CommitmentForm(request.POST or None, instance=commitment, member=member)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            saved = _save(
                form,
                lambda: workspace_services.commitment_update(
                    user=request.user, commitment=commitment, **form.service_kwargs()
                ),
            )
            if saved is not None:
                messages.success(request, _("The commitment is saved."))
                return redirect(_commitment_url(saved, member))
        status = _invalid(request)
    return render(
        request,
        "community/workspace/commitment.html",
        {
            "member": member,
            "commitment": commitment,
            "form": form,
            **workspace_selectors.workspace_commitment(commitment=commitment),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def milestone_new(request, slug, public_id):
    member = _member(request, slug)
    commitment = workspace_selectors.member_commitment_get(member=member, public_id=public_id)
    form = MilestoneForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            milestone = _save(
                form,
                lambda: workspace_services.milestone_create(
                    user=request.user, commitment=commitment, **form.service_kwargs()
                ),
            )
            if milestone is not None:
                messages.success(request, _("The milestone is saved."))
                return redirect(_commitment_url(commitment, member))
        status = _invalid(request)
    return render(
        request,
        "community/workspace/form.html",
        {
            "member": member,
            "commitment": commitment,
            "form": form,
            "heading": _("New milestone"),
        },
        status=status,
    )


def _milestone_page(request, member, commitment, milestone, form, evidence_form, status):
    return render(
        request,
        "community/workspace/milestone.html",
        {
            "member": member,
            "commitment": commitment,
            "milestone": milestone,
            "form": form,
            "evidence_form": evidence_form,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def milestone_edit(request, slug, public_id, pk):
    member = _member(request, slug)
    commitment = workspace_selectors.member_commitment_get(member=member, public_id=public_id)
    milestone = workspace_selectors.member_milestone_get(commitment=commitment, pk=pk)
    form = MilestoneForm(request.POST or None, instance=milestone)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            saved = _save(
                form,
                lambda: workspace_services.milestone_update(
                    user=request.user, milestone=milestone, **form.service_kwargs()
                ),
            )
            if saved is not None:
                messages.success(request, _("The milestone is saved."))
                return redirect(_commitment_url(commitment, member))
        status = _invalid(request)
    return _milestone_page(request, member, commitment, milestone, form, EvidenceForm(), status)


@login_required
@require_POST
def evidence_add(request, slug, public_id, pk):
    member = _member(request, slug)
    commitment = workspace_selectors.member_commitment_get(member=member, public_id=public_id)
    milestone = workspace_selectors.member_milestone_get(commitment=commitment, pk=pk)
    form = EvidenceForm(request.POST)
    if form.is_valid():
        link = _save(
            form,
            lambda: workspace_services.evidence_add(
                user=request.user,
                milestone=milestone,
                url=form.cleaned_data["url"],
                title=form.cleaned_data["title"],
            ),
        )
        if link is not None:
            messages.success(request, _("The evidence link is added."))
            return redirect(
                localize_url(
                    reverse(
                        "community:workspace_milestone",
                        kwargs={"slug": member.slug, "public_id": commitment.public_id, "pk": pk},
                    )
                )
            )
    status = _invalid(request)
    return _milestone_page(
        request, member, commitment, milestone, MilestoneForm(instance=milestone), form, status
    )


@login_required
@require_http_methods(["GET", "POST"])
def update_new(request, slug, public_id):
    member = _member(request, slug)
    commitment = workspace_selectors.member_commitment_get(member=member, public_id=public_id)
    form = ProgressUpdateForm(request.POST or None, initial={"status": commitment.status})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            update = _save(
                form,
                lambda: workspace_services.progress_update_create(
                    user=request.user, commitment=commitment, **form.cleaned_data
                ),
            )
            if update is not None:
                messages.success(request, _("The progress update is saved."))
                return redirect(_commitment_url(commitment, member))
        status = _invalid(request)
    return render(
        request,
        "community/workspace/form.html",
        {
            "member": member,
            "commitment": commitment,
            "form": form,
            "heading": _("New progress update"),
        },
        status=status,
    )


# --- the published rule ---------------------------------------------------------------------


def progress_rule(request):
    """The page that states how progress is computed, with the worked example computed by
    community.progress itself (the page and the figures cannot disagree)."""
    rows = []
    shares = []
    for name, milestones in progress.WORKED_EXAMPLE["commitments"]:
        share = progress.commitment_progress(milestones)
        shares.append(share)
        rows.append(
            {
                "name": name,
                "milestones": milestones,
                "done": sum(1 for m in milestones if m.is_done),
                "total": len(milestones),
                "percent": progress.percent(share),
            }
        )
    return render(
        request,
        "community/progress_rule.html",
        {
            "rows": rows,
            "rollup": progress.percent(progress.rollup(shares)),
            "measured": [row for row in rows if row["percent"] is not None],
            "statuses": Commitment.Status,
        },
    )
