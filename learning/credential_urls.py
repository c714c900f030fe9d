"""The credentials' public documents, at addresses that never change (no language prefix):
they are written into every credential issued (docs/credentials.md)."""

from django.urls import path

from . import views

app_name = "credentials"

urlpatterns = [
    path("issuer/", views.issuer_profile, name="issuer"),
    path("jwks.json", views.jwks, name="jwks"),
    path("status/<int:number>/", views.status_list, name="status_list"),
    path("achievements/<int:course_id>/", views.achievement, name="achievement"),
]
