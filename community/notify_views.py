"""Follow buttons, the notifications list, e-mail preferences and unsubscribing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.languages import localize_url

from . import notify_selectors, notify_services
from .models import Notification, NotificationKind
from .notify_forms import EmailPreferencesForm, FollowForm

NOTIFICATIONS_PER_PAGE = 30


@require_POST
def follow(request, kind, pk):
    """Follow or unfollow (the form's `action`), then back to the page the button was on."""
    form = FollowForm(request.POST)
    back = form.is_valid() and form.cleaned_data["next"]
    if not request.user.is_authenticated:
        return redirect_to_login(back or "/")
    if not form.is_valid():
        messages.error(request, _("That button did not say whether to follow or not."))
        return render(request, "community/notify/follow_refused.html", status=400)
    try:
        if form.cleaned_data["action"] == "follow":
            target = notify_services.follow(
                user=request.user, kind_slug=kind, object_id=pk, language=get_language()
            )
            messages.success(request, _("You follow %(name)s.") % {"name": target})
        else:
            notify_services.unfollow(user=request.user, kind_slug=kind, object_id=pk)
            messages.success(request, _("You no longer follow this."))
    except notify_services.NotFollowable:
        raise Http404("Nothing to follow here") from None
    return HttpResponseRedirect(back or reverse("community:notifications"))


@login_required
@require_GET
def notifications(request):
    page_obj = Paginator(
        notify_selectors.notifications_for(user=request.user), NOTIFICATIONS_PER_PAGE
    ).get_page(request.GET.get("page"))
    response = render(
        request,
        "community/notify/notifications.html",
        {"page_obj": page_obj, "has_unread": notify_selectors.unread_count(user=request.user)},
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
@require_POST
def notification_open(request, pk):
    """Mark one notification read and go where it leads (in the reader's language)."""
    try:
        notification = notify_services.notification_open(user=request.user, pk=pk)
    except Notification.DoesNotExist:
        raise Http404("No such notification") from None
    return HttpResponseRedirect(
        localize_url(notification.url) or reverse("community:notifications")
    )


@login_required
@require_POST
def notifications_read_all(request):
    notify_services.notifications_read_all(user=request.user)
    messages.success(request, _("All your notifications are marked read."))
    return redirect("community:notifications")


@login_required
@require_http_methods(["GET", "POST"])
def email_preferences(request):
    preferences = notify_selectors.preferences_for(user=request.user)
    initial = {
        "language": preferences.language,
        "digest": preferences.digest,
        "emailed_kinds": [k for k in NotificationKind.values if k not in preferences.muted_kinds],
    }
    form = EmailPreferencesForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            notify_services.preferences_update(user=request.user, **form.cleaned_data)
            messages.success(request, _("Your e-mail preferences are saved."))
            return redirect("community:email_preferences")
        messages.error(request, _("Please correct the highlighted fields; nothing was lost."))
        status = 400
    return render(request, "community/notify/email_preferences.html", {"form": form}, status=status)


@csrf_exempt  # the signed token is the credential; mail clients' one-click POST has no cookie
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """From a digest's link, signed in or not: GET asks to confirm (link scanners must not
    unsubscribe anyone), POST does it (also RFC 8058's one-click)."""
    try:
        _user, kind = notify_services.unsubscribe_check(token=token)
    except notify_services.BadUnsubscribeLink as error:
        return render(
            request,
            "community/notify/unsubscribe_invalid.html",
            {"expired": error.expired},
            status=400,
        )
    done = False
    if request.method == "POST":
        notify_services.unsubscribe(token=token)
        done = True
    kind_label = "" if kind == notify_services.ALL_KINDS else NotificationKind(kind).label
    response = render(
        request,
        "community/notify/unsubscribe.html",
        {"done": done, "kind_label": kind_label},
    )
    response["Referrer-Policy"] = "no-referrer"  # the token stays out of other sites' logs
    patch_cache_control(response, private=True, no_store=True)
    return response
