from django.urls import path

from . import alumni_views, board_views, cohort_views, views

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
    path("alumni/", alumni_views.alumni_directory, name="alumni"),
    # cohorts: the fixed names first (models.cohorts.RESERVED_SLUGS keeps them from slugs)
    path("learning/cohorts/", cohort_views.cohort_index, name="cohort_index"),
    path("learning/cohorts/mine/", cohort_views.my_applications, name="cohort_applications"),
    path(
        "learning/cohorts/mine/<int:pk>/withdraw/",
        cohort_views.application_withdraw,
        name="application_withdraw",
    ),
    path(
        "learning/cohorts/calendar/rotate/",
        cohort_views.calendar_rotate,
        name="calendar_rotate",
    ),
    path(
        "learning/cohorts/calendar/<uuid:token>.ics",
        cohort_views.my_calendar,
        name="my_calendar",
    ),
    path("learning/cohorts/<slug:slug>/", cohort_views.cohort_detail, name="cohort_detail"),
    path("learning/cohorts/<slug:slug>/apply/", cohort_views.cohort_apply, name="cohort_apply"),
    path("learning/cohorts/<slug:slug>/review/", cohort_views.cohort_review, name="cohort_review"),
    path(
        "learning/cohorts/<slug:slug>/review/<int:pk>/",
        cohort_views.application_decide,
        name="application_decide",
    ),
    path(
        "learning/cohorts/<slug:slug>/members/", cohort_views.cohort_members, name="cohort_members"
    ),
    path("learning/cohorts/<slug:slug>/close/", alumni_views.cohort_close, name="cohort_close"),
    path("learning/cohorts/<slug:slug>/board/", board_views.board, name="board"),
    path(
        "learning/cohorts/<slug:slug>/board/<int:pk>/",
        board_views.board_thread,
        name="board_thread",
    ),
    path(
        "learning/cohorts/<slug:slug>/board/<int:pk>/edit/",
        board_views.thread_edit,
        name="thread_edit",
    ),
    path(
        "learning/cohorts/<slug:slug>/board/replies/<int:pk>/edit/",
        board_views.reply_edit,
        name="reply_edit",
    ),
    path(
        "learning/cohorts/<slug:slug>/board/<int:pk>/moderate/",
        board_views.thread_moderate,
        name="thread_moderate",
    ),
    path(
        "learning/cohorts/<slug:slug>/board/replies/<int:pk>/moderate/",
        board_views.reply_moderate,
        name="reply_moderate",
    ),
    path(
        "learning/cohorts/<slug:slug>/calendar/<uuid:token>.ics",
        cohort_views.cohort_calendar,
        name="cohort_calendar",
    ),
]
