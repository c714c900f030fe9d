from django.urls import path, register_converter

from . import challenge_views, connection_views, notify_views, views, workspace_views


class PublicIdConverter:
    """What a commitment's public id can look like (OGP's, e.g. AL0002, or D-KEN-001)."""

    regex = "[A-Za-z0-9][A-Za-z0-9-]{0,39}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(PublicIdConverter, "public_id")


class PlanIdConverter:
    """An action plan's OGP id (e.g. AP_ALB01): the field holds any 30 characters, so
    anything but a slash (and a NUL byte, which no database compares)."""

    regex = r"[^/\x00]{1,30}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(PlanIdConverter, "plan_id")


class PhotoNameConverter:
    """A stored profile photo's name (community.photos.new_name): random, then .jpg."""

    regex = r"[A-Za-z0-9_-]{16,64}\.jpg"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(PhotoNameConverter, "photo_name")

app_name = "community"

_W = "workspace/<slug:slug>/commitments/<public_id:public_id>/"
workspace_urls = [
    path("workspace/", workspace_views.workspace_home, name="workspace"),
    path("workspace/<slug:slug>/", workspace_views.workspace_member, name="workspace_member"),
    path(
        "workspace/<slug:slug>/commitments/new/",
        workspace_views.commitment_new,
        name="workspace_commitment_new",
    ),
    path(_W, workspace_views.commitment_edit, name="workspace_commitment"),
    path(f"{_W}milestones/new/", workspace_views.milestone_new, name="workspace_milestone_new"),
    path(f"{_W}milestones/<int:pk>/", workspace_views.milestone_edit, name="workspace_milestone"),
    path(
        f"{_W}milestones/<int:pk>/evidence/",
        workspace_views.evidence_add,
        name="workspace_evidence_add",
    ),
    path(f"{_W}updates/new/", workspace_views.update_new, name="workspace_update_new"),
]

urlpatterns = [
    path("challenge-areas/", views.challenge_area_list, name="challenge_area_list"),
    path(
        "challenge-areas/<slug:slug>/",
        views.challenge_area_detail,
        name="challenge_area_detail",
    ),
    path("members/", views.member_list, name="member_list"),
    path("members/<slug:slug>/", views.member_detail, name="member_detail"),
    path("action-plans/<plan_id:ogp_id>/", views.action_plan_detail, name="action_plan_detail"),
    path("commitments/", views.commitment_list, name="commitment_list"),
    # before the commitments' own addresses: "progress" could read as a public id
    path("commitments/progress/", workspace_views.progress_rule, name="progress_rule"),
    path("commitments/<public_id:public_id>/", views.commitment_detail, name="commitment_detail"),
    path("reformers/", views.reformer_list, name="reformer_list"),
    path("reformers/photos/<photo_name:name>", views.profile_photo, name="profile_photo"),
    path("reformers/<slug:slug>/", views.reformer_detail, name="reformer_detail"),
    path(
        "reformers/<slug:slug>/connect/",
        connection_views.connection_request,
        name="connection_request",
    ),
    path("reformers/<slug:slug>/block/", connection_views.block, name="connection_block"),
    path("network/", connection_views.network, name="network"),
    path("network/<int:pk>/", connection_views.connection_answer, name="connection_answer"),
    path("profile/", views.profile_edit, name="profile_edit"),
    path("profile/data.json", views.personal_data_download, name="personal_data"),
    path("profile/delete/", views.account_delete, name="account_delete"),
    *workspace_urls,
    # follows and notifications (community/notify_views.py)
    path("follow/<slug:kind>/<int:pk>/", notify_views.follow, name="follow"),
    path("notifications/", notify_views.notifications, name="notifications"),
    path(
        "notifications/<int:pk>/open/",
        notify_views.notification_open,
        name="notification_open",
    ),
    path(
        "notifications/read-all/",
        notify_views.notifications_read_all,
        name="notifications_read_all",
    ),
    path(
        "notifications/unsubscribe/<str:token>/",
        notify_views.unsubscribe,
        name="unsubscribe",
    ),
    path("profile/notifications/", notify_views.email_preferences, name="email_preferences"),
    # the Open Gov Challenge (community/challenge_views.py)
    path(
        "challenge/members/<slug:slug>/",
        challenge_views.member_submissions,
        name="challenge_member_submissions",
    ),
    path(
        "challenge/members/<slug:slug>/new/",
        challenge_views.submission_create,
        name="challenge_submission_create",
    ),
    path(
        "challenge/submissions/<int:pk>/edit/",
        challenge_views.submission_edit,
        name="challenge_submission_edit",
    ),
    path("challenge/review/", challenge_views.review_list, name="challenge_review_list"),
    path("challenge/review/<int:pk>/", challenge_views.review, name="challenge_review"),
]
