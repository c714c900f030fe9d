"""Views of the learning app. Course, module and lesson pages are served by Wagtail and call
these from their routes (models/pages.py); the certificate verification page has its own
URL. Reads come from selectors, writes go through services."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from wagtail.models import Locale

from community import labels
from community.models import ReformerProfile
from core import languages

from . import credentials, page_routes, selectors, services
from .forms import AttemptForm, CredentialForm, answer_field_name
from .models import COURSES_PER_PAGE, CoursePage, course_of, original_of


def _post_only(request):
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


def _login(request, page):
    return redirect_to_login(languages.page_url(page, request) or request.get_full_path())


def _reader_locale() -> Locale:
    """The locale of the reader's language. Not the page's: an untranslated lesson is served
    in its original language inside the reader's interface (core.languages), and the rest of
    the course (outline, breadcrumbs, next lesson) is shown in the reader's language where
    it is translated."""
    return Locale.get_active()


def _shown(course, locale: Locale):
    """The course in the reader's language where it is translated (for titles and links):
    a query only when the page served is not in that language."""
    return selectors.courses_in_language([course], locale)[0]


def _catalogue(course, locale: Locale):
    """The catalogue above `course`, in the reader's language where it is translated."""
    index = course.get_parent()
    if index.locale_id != locale.pk:
        index = index.get_translations().live().filter(locale=locale).first() or index
    return index


def _by_title(courses) -> list:
    """Courses in the reader's alphabetical order of their titles (collation: "École…"
    sorts under E)."""
    return labels.sorted_by_label(courses, lambda course: course.title)


def _page_redirect(request, page):
    """To a page at the reader's language prefix (core.languages.page_url)."""
    return redirect(languages.page_url(page, request))


# --- catalogue and course --------------------------------------------------------------------


@page_routes.handles("catalogue")
def catalogue(request, index):
    from .filters import CourseFilter

    filterset = CourseFilter(request.GET, queryset=index.courses())
    # in the reader's alphabetical order of the titles it shows (a few dozen courses)
    courses = _by_title(filterset.qs)
    page_obj = Paginator(courses, COURSES_PER_PAGE).get_page(request.GET.get("page"))
    return index.render(request, context_overrides={"filter": filterset, "page_obj": page_obj})


def _course_context(request, course, **extra) -> dict:
    original = original_of(course)
    locale = _reader_locale()
    outline = selectors.course_outline(course=original, locale=locale)
    enrolment = selectors.enrolment_for(user=request.user, course=original)
    progress = (
        selectors.enrolment_progress(enrolment=enrolment, outline=outline) if enrolment else None
    )
    required = list(original.prerequisites.all().order_by("title"))
    missing = (
        []
        if enrolment
        else selectors.missing_prerequisites(user=request.user, course=original, required=required)
    )
    return {
        "catalogue": _catalogue(course, locale),
        "original": original,
        "outline": outline,
        "enrolment": enrolment,
        "progress": progress,
        "missing": _by_title(selectors.courses_in_language(missing, locale)),
        "prerequisites": _by_title(selectors.courses_in_language(required, locale)),
        "facilitators": ReformerProfile.objects.visible_to(request.user).filter(
            courses_facilitated=original
        ),
        **extra,
    }


@page_routes.handles("course_detail")
def course_detail(request, course):
    return course.render(request, context_overrides=_course_context(request, course))


@page_routes.handles("enrol")
def enrol(request, course):
    if refused := _post_only(request):
        return refused
    if not request.user.is_authenticated:
        return _login(request, course)
    try:
        enrolment = services.enrolment_create(user=request.user, course=course)
    except services.LearningError as error:
        response = course.render(
            request, context_overrides=_course_context(request, course, error=error.message)
        )
        response.status_code = 400
        return response
    progress = selectors.enrolment_progress(
        enrolment=enrolment,
        outline=selectors.course_outline(course=course, locale=_reader_locale()),
    )
    if progress.next_lesson is not None:
        messages.success(request, _("You are enrolled. Here is where to start."))
        return _page_redirect(request, progress.next_lesson.page)
    return _page_redirect(request, course)


@page_routes.handles("module_context")
def module_context(module) -> dict:
    course = CoursePage.objects.ancestor_of(module).first()
    locale = _reader_locale()
    outline = selectors.course_outline(course=course, locale=locale)
    row = next(
        (m for m in outline.modules if m.original.translation_key == module.translation_key), None
    )
    return {"course": _shown(course, locale), "module_outline": row}


# --- lessons ---------------------------------------------------------------------------------


def _lesson_context(request, lesson, **extra) -> dict:
    course = course_of(lesson)
    original = original_of(course)
    locale = _reader_locale()
    outline = selectors.course_outline(course=original, locale=locale)
    enrolment = selectors.enrolment_for(user=request.user, course=original)
    progress = (
        selectors.enrolment_progress(enrolment=enrolment, outline=outline) if enrolment else None
    )
    lessons = outline.lessons
    here = next(
        (i for i, x in enumerate(lessons) if x.original.translation_key == lesson.translation_key),
        None,
    )
    this = lessons[here] if here is not None else None
    return {
        "course": _shown(course, locale),
        "original": original,
        "outline": outline,
        "enrolment": enrolment,
        "progress": progress,
        "this_lesson": this,
        "previous_lesson": lessons[here - 1] if here else None,
        "next_lesson": lessons[here + 1] if here is not None and here + 1 < len(lessons) else None,
        "lesson_done": bool(progress and this and this.original.pk in progress.done_lessons),
        "check_states": selectors.check_states(enrolment=enrolment, lesson=lesson, course=original),
        "chosen": {},
        **extra,
    }


@page_routes.handles("lesson_detail")
def lesson_detail(request, lesson):
    return lesson.render(request, context_overrides=_lesson_context(request, lesson))


def _lesson_refused(request, lesson, message, *, status=400, chosen=None):
    response = lesson.render(
        request,
        context_overrides=_lesson_context(request, lesson, error=message, chosen=chosen or {}),
    )
    response.status_code = status
    return response


@page_routes.handles("check_submit")
def check_submit(request, lesson):
    if refused := _post_only(request):
        return refused
    if not request.user.is_authenticated:
        return _login(request, lesson)
    enrolment = selectors.enrolment_for(
        user=request.user, course=original_of(CoursePage.objects.ancestor_of(lesson).first())
    )
    if enrolment is None:
        return _lesson_refused(
            request, lesson, _("Enrol in the course to submit your answers."), status=403
        )
    form = AttemptForm(request.POST, checks=lesson.checks())
    if not form.is_valid():
        return _lesson_refused(request, lesson, form.error_message())
    chosen = {
        answer_field_name(q): set(options) for q, options in form.answers().items()
    }  # what the learner ticked stays ticked on a refusal
    try:
        attempt, result = services.attempt_record(
            enrolment=enrolment,
            lesson=lesson,
            check_id=form.cleaned_data["check"],
            number=form.cleaned_data["attempt"],
            answers=form.answers(),
        )
    except services.LearningError as error:
        return _lesson_refused(request, lesson, error.message, chosen=chosen)
    if result.passed:
        messages.success(request, _("You passed this knowledge check."))
    else:
        messages.warning(request, _("Not yet: read the feedback and try again."))
    return lesson.render(request, context_overrides=_lesson_context(request, lesson))


@page_routes.handles("lesson_complete")
def lesson_complete(request, lesson):
    if refused := _post_only(request):
        return refused
    if not request.user.is_authenticated:
        return _login(request, lesson)
    course = CoursePage.objects.ancestor_of(lesson).first()
    enrolment = selectors.enrolment_for(user=request.user, course=course)
    if enrolment is None:
        return _lesson_refused(
            request, lesson, _("Enrol in the course to record your progress."), status=403
        )
    try:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    except services.LearningError as error:
        return _lesson_refused(request, lesson, error.message)
    enrolment.refresh_from_db()
    locale = _reader_locale()
    if enrolment.completed_at is not None:
        messages.success(request, _("You completed the course. Your certificate is ready."))
        return _page_redirect(request, _shown(course, locale))
    outline = selectors.course_outline(course=course, locale=locale)
    following = selectors.enrolment_progress(enrolment=enrolment, outline=outline).next_lesson
    messages.success(request, _("Lesson complete."))
    return _page_redirect(request, following.page if following else _shown(course, locale))


# --- certificates ----------------------------------------------------------------------------


def certificate(request, code):
    found = selectors.certificate_by_code(code)
    if found is None:
        return render(request, "learning/certificate_not_found.html", status=404)
    course = selectors.courses_in_language([found.course], Locale.get_active())[0]
    profile = getattr(found.user, "profile", None)
    visible = ReformerProfile.objects.visible_to(request.user)
    return render(
        request,
        "learning/certificate.html",
        {
            "certificate": found,
            "course": course,
            "may_download": _may_download(request.user, found),
            # a link to the profile only when the visitor may see it
            "profile_link": profile if profile and visible.filter(pk=profile.pk).exists() else None,
        },
    )


# --- Open Badges credentials -----------------------------------------------------------------


def _may_download(user, certificate) -> bool:
    """Only the holder, and staff, download a certificate's credential."""
    return user.is_authenticated and (user.pk == certificate.user_id or user.is_staff)


@require_safe
def credential_download(request, code):
    """The certificate's Open Badges credential as a .jwt file."""
    found = selectors.certificate_by_code(code)
    if found is None:
        return render(request, "learning/certificate_not_found.html", status=404)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not _may_download(request.user, found):
        raise PermissionDenied
    response = HttpResponse(
        selectors.certificate_credential(found), content_type=credentials.MEDIA_TYPE
    )
    name = slugify(found.course_title)[:60] or "course"
    response["Content-Disposition"] = f'attachment; filename="{name}-credential.jwt"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def credential_verify(request):
    """Check a pasted or uploaded credential: signature, issuer, status, and what it is.
    A form that cannot be read is a 400 with the form as sent; a credential that is not
    valid is a 200 that says why."""
    posted = request.method == "POST"
    form = CredentialForm(request.POST, request.FILES) if posted else CredentialForm()
    result, status = None, 200
    if posted:
        if form.is_valid():
            result = selectors.credential_check(form.token())
            if form.cleaned_data["file"]:  # what was uploaded is shown, as if pasted
                form = CredentialForm(initial={"credential": form.token()})
        else:
            status = 400
    return render(
        request,
        "learning/credential_verify.html",
        {
            "form": form,
            "result": result,
            "jwks_url": credentials.jwks_url(),
            "status_url": credentials.status_list_url(),
        },
        status=status,
    )


def _public_json(document: dict, *, content_type: str, max_age: int) -> JsonResponse:
    response = JsonResponse(document, content_type=content_type, json_dumps_params={"indent": 2})
    response["Access-Control-Allow-Origin"] = "*"  # verifiers in a browser fetch these
    patch_cache_control(response, public=True, max_age=max_age)
    return response


@require_safe
def issuer_profile(request):
    return _public_json(
        credentials.issuer_profile(), content_type="application/ld+json", max_age=300
    )


@require_safe
def jwks(request):
    return _public_json(credentials.jwks(), content_type="application/jwk-set+json", max_age=300)


@require_safe
def achievement(request, course_id):
    document = selectors.achievement(course_id=course_id)
    if document is None:
        raise Http404
    return _public_json(document, content_type="application/ld+json", max_age=300)


@require_safe
def status_list(request, number):
    """The revocation status list: cacheable by anyone, revalidated on every use (ETag), so
    a revocation is seen at once."""
    if number != credentials.STATUS_LIST_NUMBER:
        raise Http404
    signed = selectors.status_list()
    response = get_conditional_response(request, etag=signed.etag) or HttpResponse(
        signed.token, content_type=credentials.MEDIA_TYPE
    )
    response["ETag"] = signed.etag
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, no_cache=True)
    return response
