"""Views of nominators and nominees (not the admin): nominate, my nominations, edit,
withdraw, decline, the files of a nomination, and the record autocomplete. The programme
pages themselves are Wagtail pages (models/pages.py). Reads come from selectors, writes go
through services; anyone else's nomination is a 404."""

import uuid

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from core.languages import localize_url, reader_language

from . import selectors, services
from .forms import NominationForm, RecordSuggestionForm
from .models import Nomination, ProgrammeState


def _login(request):
    return redirect_to_login(request.get_full_path())


def _programme_or_404(slug: str):
    programme = selectors.programme_by_slug(slug)
    if programme is None:
        raise Http404
    return programme


def _mine_url() -> str:
    return localize_url("/awards/nominations/")


def _shown(programme):
    return selectors.programme_in_language(programme, Locale.get_active())


def _form(programme, *args, **kwargs) -> NominationForm:
    """The nomination form, its categories named in the reader's language where the
    programme is translated."""
    names = selectors.category_names(programme=programme, shown=_shown(programme))
    return NominationForm(*args, programme=programme, category_names=names, **kwargs)


def _render_form(request, *, programme, form, nomination=None, error="", status=200):
    files_lost = request.method == "POST" and bool(request.FILES)
    return render(
        request,
        "awards/nominate.html",
        {
            "programme": _shown(programme),
            "form": form,
            "nomination": nomination,
            "error": error,
            "files_lost": files_lost,
            "state": programme.state,
            "states": ProgrammeState,
        },
        status=status,
    )


def _save(request, *, programme, form, nomination=None):
    """Save a valid form through the service: a redirect, or the form again with the reason."""
    submit = form.cleaned_data["action"] == "submit"
    try:
        saved = services.nomination_save(
            nominator=request.user,
            programme=programme,
            data=form.data_for_service(),
            nomination=nomination,
            client_key=form.cleaned_data["client_key"],
            submit=submit,
            language=reader_language(),
        )
    except services.NominationError as refused:
        return _render_form(
            request,
            programme=programme,
            form=form,
            nomination=nomination,
            error=refused.message,
            status=400,
        )
    if saved.state == Nomination.State.DRAFT:
        messages.success(request, _("Your draft is saved. Submit it before the deadline."))
    else:
        messages.success(
            request, _("Your nomination is submitted. You can change it until the deadline.")
        )
    return redirect(_mine_url())


def nominate(request, slug):
    programme = _programme_or_404(slug)
    if not request.user.is_authenticated:
        return _login(request)
    if request.method == "POST":
        form = _form(programme, request.POST, request.FILES)
        if form.is_valid():
            return _save(request, programme=programme, form=form)
        return _render_form(request, programme=programme, form=form, status=400)
    form = _form(programme, initial={"client_key": uuid.uuid4(), "action": "submit"})
    return _render_form(request, programme=programme, form=form)


def my_nominations(request):
    if not request.user.is_authenticated:
        return _login(request)
    nominations = list(selectors.nominations_of(user=request.user))
    now = timezone.now()
    for nomination in nominations:
        nomination.can_edit = nomination.is_editable_state and now < nomination.programme.closes_at
        nomination.can_withdraw = nomination.state in services.WITHDRAWABLE
    return render(request, "awards/my_nominations.html", {"nominations": nominations})


def _own_or_404(request, pk: int) -> Nomination:
    nomination = selectors.nomination_of(user=request.user, pk=pk)
    if nomination is None:
        raise Http404
    return nomination


def _initial(nomination: Nomination) -> dict:
    return {
        "category": nomination.category_id,
        "kind": nomination.kind,
        "record": selectors.record_key(nomination.record) if nomination.record else "",
        "title": nomination.title if nomination.record is None else "",
        "description": nomination.description,
        "statement": nomination.statement,
        "evidence_links": "\n".join(nomination.evidence_links),
        "client_key": nomination.client_key,
        "action": "submit",
    }


def nomination_edit(request, pk):
    if not request.user.is_authenticated:
        return _login(request)
    nomination = _own_or_404(request, pk)
    programme = nomination.programme
    files = list(nomination.files.all())
    editable = nomination.is_editable_state and timezone.now() < programme.closes_at
    if not editable:
        status = 400 if request.method == "POST" else 200
        return render(
            request,
            "awards/nomination_detail.html",
            {"nomination": nomination, "files": files},
            status=status,
        )
    if request.method == "POST":
        form = _form(programme, request.POST, request.FILES, existing_files=files)
        if form.is_valid():
            return _save(request, programme=programme, form=form, nomination=nomination)
        return _render_form(
            request, programme=programme, form=form, nomination=nomination, status=400
        )
    form = _form(programme, initial=_initial(nomination), existing_files=files)
    return _render_form(request, programme=programme, form=form, nomination=nomination)


def nomination_withdraw(request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return _login(request)
    nomination = _own_or_404(request, pk)
    try:
        services.nomination_withdraw(nomination=nomination, by=request.user)
    except services.NominationError as refused:
        messages.error(request, refused.message)
        return redirect(_mine_url())
    messages.success(request, _("Your nomination is withdrawn."))
    return redirect(_mine_url())


def nomination_decline(request, pk):
    """The nominated reformer declines to be considered (a confirmation page, then a POST)."""
    if not request.user.is_authenticated:
        return _login(request)
    nomination = selectors.nomination_of_nominee(user=request.user, pk=pk)
    if nomination is None:
        raise Http404
    if request.method == "POST":
        services.nominee_decline(nomination=nomination, user=request.user)
        messages.success(request, _("You will not be considered for this award."))
        return redirect(localize_url("/awards/"))
    return render(request, "awards/decline.html", {"nomination": nomination})


def nomination_file(request, name):
    """A nomination's file, for its nominator, staff and its jurors; a 404 for anyone else
    (the same as a file that does not exist)."""
    stored = selectors.file_visible_to(user=request.user, name=name)
    if stored is None:
        raise Http404
    try:
        handle = stored.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type=stored.content_type,
        as_attachment=True,
        filename=stored.original_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def record_suggestions(request):
    """JSON suggestions for the nomination form's record field: commitments, members, and
    reformers with a public profile (never a private or community-only one)."""
    form = RecordSuggestionForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"results": []})
    results = selectors.record_suggestions(
        kind=form.cleaned_data["kind"], query=form.cleaned_data["q"]
    )
    return JsonResponse({"results": results})
