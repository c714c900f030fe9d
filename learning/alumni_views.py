"""Closing a cohort (its facilitators and staff) and the alumni directory (`/alumni/`, at the
reader's language prefix, open to everyone under the profile rules)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import alumni_selectors as selectors
from . import alumni_services as services
from .alumni_filters import AlumniFilter
from .cohort_selectors import cohort_for, standing
from .models import Alumnus, Application

ALUMNI_PER_PAGE = 24


@require_http_methods(["GET", "POST"])
def cohort_close(request, slug):
    """What closing will do (who becomes an alumnus), and the button; POST closes."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    cohort = cohort_for(slug=slug, user=request.user)
    if cohort is None:
        raise Http404
    if not standing(user=request.user, cohort=cohort).facilitator:
        raise PermissionDenied
    error, status = None, 200
    if request.method == "POST":
        try:
            count = services.close_cohort(cohort=cohort, by=request.user)
        except services.CohortError as refused:
            error, status = refused.message, 400
        else:
            messages.success(
                request,
                _("The cohort is closed; it has %(count)s alumni.") % {"count": count},
            )
            return redirect("learning:cohort_detail", slug=cohort.slug)
    return render(
        request,
        "learning/cohorts/close.html",
        {
            "cohort": cohort,
            "members": Application.objects.filter(
                cohort=cohort, state=Application.State.ACCEPTED
            ).count(),
            "qualifying": services.meets_requirements(cohort).count(),
            "alumni": Alumnus.objects.filter(cohort=cohort).count(),
            "error": error,
        },
        status=status,
    )


@require_GET
def alumni_directory(request):
    filterset = AlumniFilter(
        request.GET, queryset=selectors.directory(viewer=request.user), request=request
    )
    page_obj = Paginator(filterset.qs, ALUMNI_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "learning/alumni/directory.html", {"filter": filterset, "page_obj": page_obj}
    )
