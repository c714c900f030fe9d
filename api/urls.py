"""/api/v1/ (this app's API, with its OpenAPI schema) and /api/v2/ (Wagtail's pages API).

Every API response carries an ETag and answers a conditional GET with 304 (Django's
ConditionalGetMiddleware, applied to these views only). No format-suffix patterns: one
address per resource."""

from django.middleware.http import ConditionalGetMiddleware
from django.urls import include, path
from django.utils.decorators import decorator_from_middleware

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from drf_spectacular.views import SpectacularAPIView
from rest_framework.renderers import JSONRenderer
from rest_framework.routers import SimpleRouter

from . import exports, views

etag = decorator_from_middleware(ConditionalGetMiddleware)

router = SimpleRouter()
router.register("commitments", views.CommitmentViewSet, basename="commitment")
router.register("members", views.MemberViewSet, basename="member")
router.register("action-plans", views.ActionPlanViewSet, basename="action-plan")
router.register("challenge-areas", views.ChallengeAreaViewSet, basename="challenge-area")
router.register("stories", views.StoryViewSet, basename="story")
router.register("recommendations", views.RecommendationViewSet, basename="recommendation")


class PagesViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint: live pages without a view restriction, as JSON only (no
    browsable HTML)."""

    renderer_classes = [JSONRenderer]


pages_router = WagtailAPIRouter("wagtailapi")
pages_router.register_endpoint("pages", PagesViewSet)


v1_views = router.urls
decorate_urlpatterns(v1_views, etag)
pages_views = pages_router.get_urlpatterns()
decorate_urlpatterns(pages_views, etag)

urlpatterns = [
    path("api/v1/", include((v1_views, "api"), namespace="api")),
    path(
        "api/v1/schema/",
        etag(SpectacularAPIView.as_view(urlconf="api.schema_urls")),
        name="api_schema",
    ),
    path("api/v2/", include((pages_views, "wagtailapi"), namespace="wagtailapi")),
    # downloads: the listings' filters in the query string
    path("commitments/export.<str:fmt>", exports.commitments_export, name="commitments_export"),
    path("members/export.<str:fmt>", exports.members_export, name="members_export"),
    path("action-plans/export.<str:fmt>", exports.action_plans_export, name="action_plans_export"),
    path(
        "challenge-areas/export.<str:fmt>",
        exports.challenge_areas_export,
        name="challenge_areas_export",
    ),
]
