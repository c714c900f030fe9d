from django import forms
from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe

from wagtail import views as wagtail_views

from core import languages, routing

# Parts of the site that are someone's own or a sign-in form: nothing there for a search
# engine. Each is disallowed under every language prefix.
PRIVATE_PREFIXES = ("accounts/", "profile/", "search/saved/", "dashboard/")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the database may be why we are here.
    return render(request, "500.html", status=500)


@never_cache
def healthz(request):
    """For the load balancer: is the database reachable from this process?"""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def serve(request, path):
    """Wagtail's page serving, for every address in every language: a page the reader's
    language tree does not have is served from its original (see core.languages)."""
    if routing.route_for_request(request, path) is None:
        route = languages.fallback_route(request, path)
        if route is not None:
            # Page.route_for_request keeps its answer here, and wagtail's serve asks it again
            request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


class LanguageChoiceForm(forms.Form):
    """The language switcher's link: where to go next (a path on this site)."""

    next = forms.CharField(required=False, max_length=2000)


@require_GET
def language_choose(request, code):
    """The reader chose a language in the switcher: remember it (Django's language cookie,
    which the first-visit redirect on the home page reads) and go to the page in that
    language. A plain link rather than Django's POST-only `set_language`: the switcher then
    works without a form, a CSRF token or JavaScript on every page, and a preference cookie
    is not worth protecting against cross-site requests."""
    if code not in languages.language_codes():
        raise Http404("No such language")
    form = LanguageChoiceForm(request.GET)
    target = form.cleaned_data["next"] if form.is_valid() else ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not target or not safe or not target.startswith("/"):
        with translation.override(code):
            target = reverse("wagtail_serve", args=[""])
    response = HttpResponseRedirect(languages.localize_url(target, code))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
@cache_control(public=True, max_age=60 * 60)
def robots_txt(request):
    """The public site for every robot, less the private parts; where the sitemap is."""
    disallowed = [reverse("wagtailadmin_home")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            home = reverse("wagtail_serve", args=("",))
        disallowed += [home + prefix for prefix in PRIVATE_PREFIXES]
    text = render_to_string(
        "robots.txt",
        {"disallowed": disallowed, "sitemap_url": request.build_absolute_uri(reverse("sitemap"))},
    )
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
