from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from opengov import sitemaps, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("language/<slug:code>/", views.language_choose, name="language_choose"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Open Badges issuer, keys and status list: written into credentials, never translated
    path("credentials/", include("learning.credential_urls")),
    path("", include(sitemaps)),
    # the API (/api/v1/, /api/v2/) and the downloads (/commitments/export.csv, ...): data,
    # the same in every language
    path("", include("api.urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("community.urls")),
    path("", include("resources.urls")),
    path("", include("search.urls")),
    path("", include("learning.urls")),
    path("", include("awards.urls")),
    # Wagtail's own utility views, then its page serving through ours (any page in any
    # language: core.languages)
    path("", include([p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"])),
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler404 = "opengov.views.page_not_found"
handler500 = "opengov.views.server_error"
