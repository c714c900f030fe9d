"""Peer connections on the site: the "my network" page, the request form on a profile, the
answers to a request, and blocking. Every write goes through community.connection_services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import connection_selectors, connection_services
from .connection_forms import (
    BlockForm,
    ConnectionAnswerForm,
    ConnectionRequestForm,
    SuggestionReasonForm,
)
from .models import ReformerProfile

DONE = {
    "accept": gettext_lazy("You are now connected."),
    "decline": gettext_lazy("The request is declined."),
    "withdraw": gettext_lazy("Your request is withdrawn."),
    "remove": gettext_lazy("The connection is removed."),
}


def _render_network(request, status=200):
    return render(
        request,
        "community/network.html",
        {"network": connection_selectors.network_for(user=request.user)},
        status=status,
    )


@login_required
@require_GET
def network(request):
    return _render_network(request)


@login_required
@require_POST
def connection_answer(request, pk):
    form = ConnectionAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose accept, decline, withdraw or remove."))
        return _render_network(request, status=400)
    action = form.cleaned_data["action"]
    try:
        connection_services.connection_answer(user=request.user, connection_id=pk, action=action)
    except connection_services.ConnectionNotFound:
        raise Http404("No such request") from None
    except connection_services.ConnectionRefused as refused:
        messages.error(request, refused.message)
        return _render_network(request, status=400)
    messages.success(request, str(DONE[action]))
    return redirect("community:network")


def _connectable(request, slug) -> ReformerProfile:
    profile = (
        connection_services.connectable_profiles(request.user)
        .select_related("user")
        .filter(slug=slug)
        .first()
    )
    if profile is None:
        raise Http404("No such profile")
    return profile


@login_required
@require_http_methods(["GET", "POST"])
def connection_request(request, slug):
    """Ask the owner of a profile to connect, with a message and the reason they were
    suggested (from a peer suggestion's link)."""
    profile = _connectable(request, slug)
    relation = connection_selectors.relation_between(reader=request.user, profile=profile)
    status = 200
    if request.method == "POST":
        form = ConnectionRequestForm(request.POST)
        if form.is_valid():
            try:
                connection_services.connection_request(
                    sender=request.user,
                    recipient_id=profile.user_id,
                    message=form.cleaned_data["message"],
                    reason=form.cleaned_data["reason"],
                )
            except connection_services.ConnectionNotFound:
                raise Http404("No such profile") from None
            except connection_services.ConnectionRefused as refused:
                form.add_error(None, refused.message)
            else:
                messages.success(
                    request,
                    _("Your request is sent to %(name)s.") % {"name": profile.display_name},
                )
                return redirect(profile)
        status = 400
    else:
        suggested = SuggestionReasonForm(request.GET)
        reason = suggested.cleaned_data["reason"] if suggested.is_valid() else ""
        form = ConnectionRequestForm(initial={"reason": reason})
    return render(
        request,
        "community/connection_request.html",
        {
            "profile": profile,
            "form": form,
            "relation": relation,
            # the person asked must be able to see who asks
            "reader_seen": connection_services.connectable_profiles(request.user)
            .filter(user=request.user)
            .exists(),
        },
        status=status,
    )


@login_required
@require_POST
def block(request, slug):
    """Block (or unblock) the owner of a profile. Blocking is silent: they are not told."""
    form = BlockForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose block or unblock."))
        return _render_network(request, status=400)
    profile = ReformerProfile.objects.visible_to(request.user).filter(slug=slug).first()
    if profile is None:
        raise Http404("No such profile")
    try:
        if form.cleaned_data["action"] == "block":
            connection_services.block(blocker=request.user, blocked_id=profile.user_id)
            messages.success(
                request,
                _("You blocked %(name)s. They are not told, and cannot ask you to connect.")
                % {"name": profile.display_name},
            )
            return redirect(profile)
        connection_services.unblock(blocker=request.user, blocked_id=profile.user_id)
    except connection_services.ConnectionRefused as refused:
        messages.error(request, refused.message)
        return _render_network(request, status=400)
    messages.success(request, _("You unblocked %(name)s.") % {"name": profile.display_name})
    return redirect("community:network")
