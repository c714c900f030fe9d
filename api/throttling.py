"""The API's rate limits: anonymous clients by address, signed-in people by account, staff
not at all. The rates are read from settings.API_THROTTLE_RATES when a request comes (so a
deployment sets them from the environment, docs/settings.md); the counts live in the
default cache, shared by every worker when it is Redis."""

from django.conf import settings

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    def get_rate(self):
        return settings.API_THROTTLE_RATES["anon"]


class SignedInThrottle(UserRateThrottle):
    def get_rate(self):
        return settings.API_THROTTLE_RATES["user"]

    def allow_request(self, request, view):
        if request.user and request.user.is_authenticated and request.user.is_staff:
            return True
        return super().allow_request(request, view)
