from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


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
