from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

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
