"""The addresses the OpenAPI schema describes: /api/v1/ (SPECTACULAR_SETTINGS["SERVE_URLCONF"]).
Wagtail's own APIs (its admin's, and /api/v2/) are described by Wagtail, not here."""

from django.urls import include, path

from .urls import v1_views

urlpatterns = [path("api/v1/", include((v1_views, "api"), namespace="api"))]
