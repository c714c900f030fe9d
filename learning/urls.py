from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    # before the code's pattern: "verify" is not a code
    path("certificates/verify/", views.credential_verify, name="credential_verify"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
    path(
        "certificates/<str:code>/credential.jwt",
        views.credential_download,
        name="credential_download",
    ),
]
