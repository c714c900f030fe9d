from django.urls import path

from . import jury_views, views

app_name = "awards"

# Under /awards/, which the awards index page serves: these come before Wagtail's page
# serving, so no programme may take the slugs "nominations", "files", "records", "jury".
urlpatterns = [
    path("awards/nominations/", views.my_nominations, name="my_nominations"),
    path("awards/nominations/<int:pk>/", views.nomination_edit, name="nomination_edit"),
    path(
        "awards/nominations/<int:pk>/withdraw/",
        views.nomination_withdraw,
        name="nomination_withdraw",
    ),
    path(
        "awards/nominations/<int:pk>/decline/", views.nomination_decline, name="nomination_decline"
    ),
    path("awards/files/<str:name>", views.nomination_file, name="nomination_file"),
    path("awards/records/", views.record_suggestions, name="record_suggestions"),
    path("awards/jury/", jury_views.dashboard, name="jury"),
    path("awards/jury/<int:pk>/", jury_views.score, name="jury_score"),
    path("awards/jury/<int:pk>/conflict/", jury_views.declare_conflict, name="jury_conflict"),
    path("awards/<slug:slug>/nominate/", views.nominate, name="nominate"),
]
