from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/autocomplete/", views.autocomplete, name="autocomplete"),
    path("search/saved/", views.saved_list, name="saved_list"),
    path("search/saved/<int:pk>/", views.saved_detail, name="saved_detail"),
    path("search/saved/<int:pk>/delete/", views.saved_delete, name="saved_delete"),
    path("search/saved/<int:pk>/feed/rotate/", views.saved_feed_rotate, name="saved_feed_rotate"),
    path("search/saved/feed/<uuid:token>/", views.SavedSearchFeed(), name="saved_feed"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
