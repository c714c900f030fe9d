from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from csp.middleware import CSPMiddleware


class RejectNullBytesMiddleware:
    """Answer 400 to a request whose path or query string holds a NUL byte.

    No valid address or parameter here contains one, and PostgreSQL refuses NUL inside a
    string, so such a value reaching a query would be a 500. Forms already refuse NUL
    (Django's ProhibitNullCharactersValidator); this covers paths and raw parameters."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path or "%00" in query or "\x00" in query:
            return HttpResponseBadRequest(_("Addresses cannot contain a null character."))
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin under its own policy.

    The public site's policy (CONTENT_SECURITY_POLICY) allows no inline script or style.
    Wagtail's admin still writes inline scripts and styles in places, so its pages (and Django
    admin's, when mounted) get CONTENT_SECURITY_POLICY_ADMIN instead. A view decorated with
    django-csp's decorators keeps its own policy."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self._admin_prefixes = None

    def admin_prefixes(self) -> tuple[str, ...]:
        if self._admin_prefixes is None:
            prefixes = []
            for name in ("wagtailadmin_home", "admin:index"):
                try:
                    prefixes.append(reverse(name))
                except NoReverseMatch:
                    continue
            self._admin_prefixes = tuple(prefixes)
        return self._admin_prefixes

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            if request.path_info.startswith(self.admin_prefixes()):
                parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class FirstVisitLanguageMiddleware:
    """The home page in the reader's language: a browser asking for French or Spanish
    (Accept-Language) that lands on `/` goes to `/fr/` or `/es/`, unless the reader chose a
    language in the switcher (Django's language cookie), which wins. Only `/`: a shared link
    to an English page stays English, and crawlers, which send no Accept-Language, get
    English. The answer depends on both headers, so it says so (`Vary`) to every cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != "/" or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        language = translation.get_language_from_request(request, check_path=False)
        language = language.split("-")[0]
        if language != settings.LANGUAGE_CODE and language in dict(settings.LANGUAGES):
            target = f"/{language}/"
            if request.META.get("QUERY_STRING"):
                target += "?" + request.META["QUERY_STRING"]
            response = HttpResponseRedirect(target)
        else:
            response = self.get_response(request)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response
