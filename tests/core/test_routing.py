"""Page routing in two queries at any depth (core.routing), view restrictions in one, the
active locale once per request (core.request_cache), permissions read with the user
(core.auth_backends): the same answers as Wagtail's and Django's own."""

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from core import routing
from core.auth_backends import ModelBackend
from tests.community.factories import UserFactory
from tests.learning.factories import course_build, lessons_of
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    index = StoryIndexPageFactory(parent=home_page())
    story = StoryPageFactory(parent=index, slug="a-story")
    draft = StoryPageFactory(parent=index, slug="a-draft", live=False)
    lesson = lessons_of(course_build(modules=1, lessons_per_module=1))[0]
    return index, story, draft, lesson


def _request():
    return RequestFactory().get("/", HTTP_HOST="localhost")


def _ours(path):
    with CaptureQueriesContext(connection) as queries:
        route = routing.route_for_request(_request(), path)
    return route, len(queries)


def _wagtails(path):
    return Page.route_for_request(_request(), path)


def test_routing_answers_as_wagtail_does_in_the_same_queries_at_any_depth(tree):
    index, story, draft, lesson = tree
    lesson_path = lesson.url_path.removeprefix(home_page().url_path)
    counts = {}
    for path in ("", "stories/", "stories/a-story/", "stories/feed/rss/", lesson_path):
        ours, counts[path] = _ours(path)
        theirs = _wagtails(path)
        assert ours is not None, path
        assert (ours.page.pk, type(ours.page)) == (theirs.page.pk, type(theirs.page)), path
        assert ours.args[1:] == theirs.args[1:], path  # a routable page's view arguments
    # the lesson is two levels deeper than the story: Wagtail took 4 more queries
    assert counts[lesson_path] == counts["stories/a-story/"] == counts["stories/"], counts
    for missing in ("stories/a-draft/", "stories/no-such-story/", "stories/a-story/extra/"):
        assert _ours(missing)[0] is None and _wagtails(missing) is None, missing


def test_a_restriction_on_an_ancestor_keeps_its_descendants_private(client, tree):
    index, story, draft, lesson = tree
    assert client.get(story.url).status_code == 200
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(story.url).status_code == 302  # to the sign-in page
    assert [r.page_id for r in routing.view_restrictions(story)] == [index.pk]
    assert not routing.view_restrictions(lesson).exists()


def test_the_active_locale_is_read_once_per_request(client, tree):
    index, story, draft, lesson = tree
    client.get(story.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(story.url).status_code == 200
    locale_queries = [q for q in queries if 'FROM "wagtailcore_locale"' in q["sql"]]
    assert len(locale_queries) == 1  # routing, .localized, the page's listings: 2 before


@pytest.mark.parametrize("holds", ["nothing", "own", "group", "superuser"])
def test_permissions_are_read_with_the_user(holds, django_assert_num_queries):
    user = UserFactory(is_superuser=holds == "superuser")
    access_admin = Permission.objects.get(codename="access_admin")
    if holds == "own":
        user.user_permissions.add(access_admin)
    elif holds == "group":
        group = Group.objects.create(name="perf-queries test group")
        group.permissions.add(access_admin)
        user.groups.add(group)
    backend = ModelBackend()
    with django_assert_num_queries(1):
        signed_in = backend.get_user(user.pk)
    # a superuser has every permission without asking (Django's User.has_perm)
    with django_assert_num_queries(1 if holds in ("own", "group") else 0):
        allowed = signed_in.has_perm("wagtailadmin.access_admin")
    assert allowed is (holds != "nothing")
    with django_assert_num_queries(0):  # kept for the request, as Django keeps them
        assert signed_in.has_perm("wagtailadmin.access_admin") is allowed


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_the_pages_along_an_address_are_found_by_their_slugs_not_by_walking_the_tree(tree):
    """url_path has no index: filtered on it and the tree's path prefix alone (in path
    order), SQLite walked every page of the site (7-17 ms per page served at full scale)."""
    with CaptureQueriesContext(connection) as queries:
        routing.route_for_request(_request(), "stories/a-story/")
    (sql,) = [q["sql"] for q in queries if '"wagtailcore_page"."url_path" IN' in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert "USING INDEX wagtailcore_page_slug" in plan, plan
    assert "SCAN" not in plan, plan


def test_below_is_wagtails_descendant_of_without_the_page_read_from_the_path_index(tree):
    index, story, draft, lesson = tree
    for page in (home_page(), index, lesson.get_parent().get_parent(), lesson, story):
        ours = set(Page.objects.filter(routing.below(page)).values_list("pk", flat=True))
        theirs = set(Page.objects.descendant_of(page).values_list("pk", flat=True))
        assert ours == theirs, page
    assert {story.pk, draft.pk} <= set(
        Page.objects.filter(routing.below(index)).values_list("pk", flat=True)
    )
    if connection.vendor == "sqlite":
        sql, params = Page.objects.filter(routing.below(index)).query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = " | ".join(row[-1] for row in cursor.fetchall())
        assert "(path>? AND path<?)" in plan, plan
