"""The jury's screens for staff, in the Wagtail admin (where staff already decide
eligibility and read the audit log; the admin's sign-in, CSRF, menus and layout come with
it): per programme, the assignment screen (automatic and manual assignment, each juror's
load, nominations short of jurors, closing the jury), the ranking screen (raw and
standardised rankings side by side, spread, agreement, shortlist, winners and citations,
publishing) and the CSV exports. Every write goes through awards.services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.viewsets.base import ViewSet

from . import export, selectors, services
from .forms import JuryActionForm, ManualAssignForm, ResultForm, UnassignForm
from .models import AwardProgrammePage, original_of
from .scoring import TIE_BREAK


def _staff_only(request) -> None:
    if not (request.user.is_active and request.user.is_staff):
        raise PermissionDenied


def _programme(pk: int) -> AwardProgrammePage:
    return original_of(get_object_or_404(AwardProgrammePage, pk=pk))


def _programmes() -> list[AwardProgrammePage]:
    """Every programme once (its original), newest first."""
    seen, originals = set(), []
    for page in AwardProgrammePage.objects.order_by("pk"):
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            originals.append(page)
    return sorted(originals, key=lambda page: (page.closes_on, page.pk), reverse=True)


def _refused(request, error: services.JuryError) -> None:
    messages.error(request, error.message)


TIE_BREAK_WORDS = {
    "score": gettext_lazy("a higher score"),
    "median": gettext_lazy("the same score: a higher median"),
    "jurors": gettext_lazy("the same score and median: more jurors"),
    "submitted": gettext_lazy("otherwise equal: submitted earlier"),
    "id": gettext_lazy("otherwise equal: the older record"),
}


class JuryViewSet(ViewSet):
    name = "awards_jury"
    url_prefix = "awards/jury"
    icon = "list-ol"
    menu_label = gettext_lazy("Jury")

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("<int:pk>/", self.assignments_view, name="assignments"),
            path("<int:pk>/ranking/", self.ranking_view, name="ranking"),
            path("<int:pk>/nominations.csv", self.nominations_csv_view, name="nominations_csv"),
            path("<int:pk>/scores.csv", self.scores_csv_view, name="scores_csv"),
        ]

    def index_view(self, request):
        _staff_only(request)
        return TemplateResponse(
            request,
            "awards/admin/jury_index.html",
            {"programmes": _programmes(), "page_title": _("Jury")},
        )

    def assignments_view(self, request, pk):
        """Assign automatically or by hand, take back, close the jury."""
        _staff_only(request)
        programme = _programme(pk)
        manual = ManualAssignForm(programme=programme)
        if request.method == "POST":
            response = self._assignment_post(request, programme)
            if response is not None:
                return response
            manual = ManualAssignForm(request.POST, programme=programme)
        return TemplateResponse(
            request,
            "awards/admin/jury_assignments.html",
            {
                "programme": programme,
                "overview": selectors.assignment_overview(programme=programme),
                "manual": manual,
                "page_title": _("Assignments: %(programme)s") % {"programme": programme.title},
            },
            status=400 if request.method == "POST" else 200,
        )

    def _assignment_post(self, request, programme):
        here = redirect(self.get_url_name("assignments"), pk=programme.pk)
        try:
            if "nomination" in request.POST:
                form = ManualAssignForm(request.POST, programme=programme)
                if not form.is_valid():
                    return None
                services.assign_manually(
                    nomination=form.cleaned_data["nomination"],
                    juror=form.cleaned_data["juror"],
                    by=request.user,
                )
                messages.success(request, _("The juror is assigned."))
                return here
            if "assignment" in request.POST:
                form = UnassignForm(request.POST, programme=programme)
                if form.is_valid():
                    services.unassign(assignment=form.cleaned_data["assignment"], by=request.user)
                    messages.success(request, _("The assignment is taken back."))
                return here
            form = JuryActionForm(request.POST)
            if form.is_valid() and form.cleaned_data["action"] == "auto_assign":
                outcome = services.assign_automatically(programme=programme, by=request.user)
                messages.success(
                    request,
                    _(
                        "%(added)s assignments made, %(removed)s ended, %(conflicts)s new "
                        "conflicts recorded."
                    )
                    % {
                        "added": outcome.added,
                        "removed": outcome.removed,
                        "conflicts": outcome.conflicts,
                    },
                )
            elif form.is_valid() and form.cleaned_data["action"] == "close":
                services.jury_close(programme=programme, by=request.user)
                messages.success(request, _("The jury is closed: scores can no longer change."))
        except services.JuryError as refused:
            _refused(request, refused)
        return here

    def ranking_view(self, request, pk):
        """The ranking per category, the adjustment's effect, agreement; results."""
        _staff_only(request)
        programme = _programme(pk)
        if request.method == "POST":
            self._ranking_post(request, programme)
            return redirect(self.get_url_name("ranking"), pk=programme.pk)
        return TemplateResponse(
            request,
            "awards/admin/jury_ranking.html",
            {
                "programme": programme,
                "categories": selectors.ranking(programme=programme),
                "tie_break": [TIE_BREAK_WORDS[rule] for rule in TIE_BREAK],
                "tie_break_words": TIE_BREAK_WORDS,
                "result_states": ResultForm.base_fields["state"].choices,
                "page_title": _("Ranking: %(programme)s") % {"programme": programme.title},
            },
        )

    def _ranking_post(self, request, programme) -> None:
        try:
            if "nomination" in request.POST:
                form = ResultForm(request.POST, programme=programme)
                if not form.is_valid():
                    messages.error(request, _("Choose a nomination and a result."))
                    return
                services.result_set(
                    nomination=form.cleaned_data["nomination"],
                    by=request.user,
                    state=form.cleaned_data["state"],
                    citation=form.cleaned_data["citation"],
                )
                messages.success(request, _("The result is saved."))
                return
            form = JuryActionForm(request.POST)
            if form.is_valid() and form.cleaned_data["action"] == "publish":
                services.results_publish(programme=programme, by=request.user)
                messages.success(request, _("The results are published."))
        except services.JuryError as refused:
            _refused(request, refused)

    def _csv(self, lines, filename: str) -> StreamingHttpResponse:
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def nominations_csv_view(self, request, pk):
        _staff_only(request)
        programme = _programme(pk)
        rows = selectors.nomination_export_rows(programme=programme)
        return self._csv(export.nominations_csv(rows), f"nominations-{programme.slug}.csv")

    def scores_csv_view(self, request, pk):
        _staff_only(request)
        programme = _programme(pk)
        rows = selectors.score_export_rows(programme=programme)
        return self._csv(export.scores_csv(rows), f"scores-{programme.slug}.csv")
