from functools import partial

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import (
    area_stats,
    badges,
    challenge_selectors,
    connection_selectors,
    keyset,
    labels,
    personal_data,
    selectors,
    services,
)
from .filters import CommitmentFilter, HubCommitmentFilter, MemberFilter, ReformerFilter
from .forms import AccountDeleteForm, ProfileForm
from .permissions import can_edit_member
from .recognitions import recognitions_of

COMMITMENTS_PER_PAGE = 20
MEMBERS_PER_PAGE = 30
REFORMERS_PER_PAGE = 24
# how many of each kind of related item a page shows before "see all"
REFORMERS_SHOWN = 8
PLAN_NEIGHBOURS_SHOWN = 8


def _page(request, queryset, per_page, paginator=Paginator):
    # get_page() turns a malformed or out-of-range ?page= into the nearest real page.
    return paginator(queryset, per_page).get_page(request.GET.get("page"))


def _keys_first_page(request, queryset, per_page, rows=None):
    return _page(
        request, queryset, per_page, paginator=partial(keyset.KeysFirstPaginator, rows=rows)
    )


def challenge_area_list(request):
    return render(
        request,
        "community/challenge_area_list.html",
        {"areas": selectors.challenge_areas_with_counts()},
    )


def _unfiltered(filterset) -> bool:
    """No filter narrows the list (none given, or every one empty or invalid and ignored)."""
    filterset.errors  # noqa: B018 -- validates the form: cleaned_data holds the valid filters
    data = getattr(filterset.form, "cleaned_data", {})
    return not any(value not in (None, "", False) for value in data.values())


def _hub_count(filterset, figures):
    """How many commitments a hub lists: unfiltered, the area's (its figures); filtered,
    counted over a join on the area link (the list's EXISTS would read every commitment)."""
    if _unfiltered(filterset):
        return figures.total
    joined = selectors.commitments_in_area_joined(area=filterset.area)
    return lambda: filterset.filter_queryset(joined).count()


def challenge_area_detail(request, slug):
    area = selectors.challenge_area_get(slug=slug)
    figures = area_stats.figures_of(area)
    members = selectors.members_active_in_area(area=area, figures=figures)
    filterset = HubCommitmentFilter(
        request.GET,
        queryset=selectors.commitments_in_area(area=area),
        area=area,
        members=members,
    )
    reformers, reformer_count = selectors.reformers_listed(
        user=request.user, limit=REFORMERS_SHOWN, area=area
    )
    accepted, accepted_count = challenge_selectors.accepted_in_area(area=area)
    return render(
        request,
        "community/challenge_area_detail.html",
        {
            "area": area,
            "area_text": area.localized,
            "filter": filterset,
            "page_obj": _page(
                request,
                filterset.qs,
                COMMITMENTS_PER_PAGE,
                paginator=partial(keyset.CountedPaginator, count=_hub_count(filterset, figures)),
            ),
            "figures": figures,
            "members": members,
            "member_count": len(members),
            "reformers": reformers,
            "reformer_count": reformer_count,
            "charts": challenge_selectors.hub_charts(area=area, figures=figures),
            "accepted": accepted,
            "accepted_count": accepted_count,
        },
    )


def member_list(request):
    filterset = MemberFilter(request.GET, queryset=selectors.members_for_list())
    # in the reader's alphabetical order of the names it shows (a few hundred members)
    members = labels.sorted_by_label(filterset.qs)
    page_obj = _page(request, members, MEMBERS_PER_PAGE)
    page_obj.object_list = selectors.with_counts(list(page_obj.object_list))
    return render(
        request, "community/member_list.html", {"filter": filterset, "page_obj": page_obj}
    )


def member_detail(request, slug):
    member = selectors.member_get(slug=slug)
    reformers, reformer_count = selectors.reformers_listed(
        user=request.user, limit=REFORMERS_SHOWN, country=member.country
    )
    accepted, accepted_count = challenge_selectors.accepted_for_member(member=member)
    return render(
        request,
        "community/member_detail.html",
        {
            "member": member,
            "reformers": reformers,
            "reformer_count": reformer_count,
            "recognitions": recognitions_of("member", member.pk),
            "accepted": accepted,
            "accepted_count": accepted_count,
            "can_edit": can_edit_member(request.user, member),
        },
    )


def action_plan_detail(request, ogp_id):
    plan = selectors.action_plan_get(ogp_id=ogp_id)
    if plan.ogp_id != ogp_id:
        return redirect(plan, permanent=True)
    return render(
        request,
        "community/action_plan_detail.html",
        {"plan": plan, "member": plan.member, "summary": selectors.plan_summary(plan)},
    )


def _long_list_page(request, queryset, per_page, keys, rows=None):
    """Keyset pages (community.keyset) for a list in its own order; a list ordered by
    something else (a keyword search's ranking) pages by number. `rows`: where a numbered
    page reads its rows by key (keyset.KeysFirstPaginator)."""
    if queryset.query.order_by and list(queryset.query.order_by) != [
        f"-{f}" if descending else f for f, descending in keys
    ]:
        return _page(request, queryset, per_page)
    return keyset.page(
        request, queryset, per_page, keys=keys, offset_page=partial(_keys_first_page, rows=rows)
    )


def commitment_list(request):
    filterset = CommitmentFilter(request.GET, queryset=selectors.commitments_all())
    return render(
        request,
        "community/commitment_list.html",
        {
            "filter": filterset,
            "page_obj": _long_list_page(
                request,
                filterset.qs,
                COMMITMENTS_PER_PAGE,
                selectors.COMMITMENT_LIST_KEYS,
            ),
        },
    )


def commitment_detail(request, public_id):
    commitment = selectors.commitment_get(public_id=public_id)
    if commitment.public_id != public_id:
        return redirect(commitment, permanent=True)
    member = commitment.action_plan.member
    neighbours = selectors.plan_neighbours(commitment=commitment)
    reformers, reformer_count = selectors.reformers_listed(
        user=request.user, limit=REFORMERS_SHOWN, country=member.country
    )
    return render(
        request,
        "community/commitment_detail.html",
        {
            "commitment": commitment,
            "member": member,
            "neighbours": neighbours[:PLAN_NEIGHBOURS_SHOWN],
            "neighbour_count": len(neighbours),
            "reformers": reformers,
            "reformer_count": reformer_count,
            "recognitions": recognitions_of("commitment", commitment.pk),
        },
    )


def reformer_list(request):
    filterset = ReformerFilter(
        request.GET, queryset=selectors.reformer_directory(user=request.user), request=request
    )
    return render(
        request,
        "community/reformer_list.html",
        {
            "filter": filterset,
            "page_obj": _long_list_page(
                request,
                filterset.qs,
                REFORMERS_PER_PAGE,
                selectors.REFORMER_LIST_KEYS,
                # the ids come from the filtered directory; read by key, the same listing
                rows=selectors.reformer_directory(user=request.user, by_index=False),
            ),
        },
    )


def reformer_detail(request, slug):
    profile = selectors.reformer_get(slug=slug, user=request.user)
    relation = connection_selectors.relation_between(reader=request.user, profile=profile)
    return render(
        request,
        "community/reformer_detail.html",
        {
            "profile": profile,
            "relation": relation,
            "contact": connection_selectors.contact_for(profile=profile, relation=relation),
            "is_owner": profile.user_id == request.user.pk,
            "badges": badges.for_user(profile.user_id),  # other apps' (community/badges.py)
            "recognitions": recognitions_of("reformer", profile.pk),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = services.profile_for(user=request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            profile = services.profile_update(user=request.user, **form.service_kwargs())
            messages.success(request, _("Your profile is saved."))
            return redirect("community:reformer_detail", slug=profile.slug)
        messages.error(request, _("Please correct the highlighted fields; nothing was lost."))
        status = 400
    else:
        form = ProfileForm(instance=profile)
        status = 200
    return render(
        request,
        "community/profile_edit.html",
        {"form": form, "profile": profile},
        status=status,
    )


# A public profile's photo may sit in shared caches for this long after the profile turns
# private or its account is deactivated; hidden ones are never cached by shared caches.
PUBLIC_PHOTO_MAX_AGE = 600


@require_GET
def profile_photo(request, name):
    """A profile photo, to those who may see the profile; 404 otherwise, the same answer as
    for a photo that does not exist."""
    profile = selectors.profile_photo_get(name=name, user=request.user)
    try:
        handle = profile.photo.open("rb")
    except OSError:
        raise Http404("No such photo") from None
    response = FileResponse(handle, content_type="image/jpeg")
    if profile.visibility == profile.Visibility.PUBLIC and profile.user.is_active:
        patch_cache_control(response, public=True, max_age=PUBLIC_PHOTO_MAX_AGE)
    else:
        patch_cache_control(response, private=True, max_age=PUBLIC_PHOTO_MAX_AGE)
    return response


@login_required
@require_GET
def personal_data_download(request):
    """Everything the site holds about the signed-in person, as one JSON file."""
    response = JsonResponse(
        personal_data.collect(user=request.user),
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    response["Content-Disposition"] = 'attachment; filename="opengov-commons-my-data.json"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = AccountDeleteForm(request.user, request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            services.account_delete(user=request.user)
            logout(request)
            messages.success(request, _("Your account is deleted, and everything it held."))
            return redirect("/")
        status = 400
    return render(request, "community/account_delete.html", {"form": form}, status=status)
