"""Who may open what, for every URL of the site. The walker is the guard.

``test_every_url_pattern_has_an_entry`` walks the whole URLconf (tests/opengov/urlwalk.py:
recursively, ``i18n_patterns`` included) and every Wagtail page type, and fails, naming
them, for the patterns and page routes that have no entry here. A new view (learning,
awards, ...) needs an entry in ROUTES (or PAGES, for a page type) before its branch can
pass: the URL to request, with placeholders filled from the shared fixture, and the outcome
for each role.

Roles, in the order of every row: anonymous; reformer (owns the saved search, and has a
private profile); another reformer (a public profile, no saved search); editor (Editors
group); moderator (Moderators group); staff (a superuser).

Outcomes: 200; LOGIN (302 to a sign-in page: /accounts/login/ or /admin/login/); 403; 404;
405; 302 (a redirect anywhere else).

How each part of the URLconf is covered:

1. ROUTES: one entry per URL pattern, keyed by its route as ``resolve(path).route`` spells
   it, with one or more requests (method, URL, outcome per role). A pattern under
   ``i18n_patterns`` is requested without a language prefix (English) and again under
   /fr/, and must give the same outcomes in both. allauth's patterns (``accounts/``) are
   entries here like every other.
2. The Wagtail admin (every pattern under ``admin/``), by a prefix rule rather than one row
   each: every admin pattern is requested with GET, on a URL made from its own pattern
   (integers 1, slugs "x", ...; ADMIN_SAMPLES where the pattern cannot make one), by
   anonymous (LOGIN, to /admin/login/) and by both reformers (LOGIN or 403: they have no
   admin access); ADMIN_PUBLIC lists the few admin URLs that need no admin access (sign-in,
   password reset, ...) with their outcomes for all six roles. Editors, moderators and
   staff must get 200 on the admin index /admin/ (ADMIN_INDEX); what each may do inside
   the admin is the subject of the apps' own admin matrices
   (tests/community/test_permissions.py, tests/resources/test_permissions.py,
   tests/stories/test_translation_and_permissions.py), which stay.
3. Wagtail's page serving (the catch-all pattern ``^((?:[\\w\\-]+/)*)$``), by page type:
   every page model (``wagtail.models.get_page_models()``, less Wagtail's base ``Page``)
   needs an entry in PAGES, and a RoutablePageMixin page one per route of its own
   ("app.Model route"). The fixture holds one live page of each type, and a draft story
   that nobody may see on the site.

The fixture is built once for the module (one object of each kind that a URL needs) in a
transaction rolled back at the end; each test runs in a savepoint of it.
"""

import io
import uuid
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import resolve
from django.utils import timezone

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.models import Page, get_page_models

import pytest
from PIL import Image

from community.models import Connection, PointOfContact
from tests.community.factories import (
    CommitmentFactory,
    MilestoneFactory,
    ProfileFactory,
    UserFactory,
)
from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
from tests.media import module_media
from tests.opengov.urlwalk import Route, routes, sample_path
from tests.resources.factories import ResourceFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

ROLES = ("anonymous", "reformer", "another reformer", "editor", "moderator", "staff")
LOGIN = "login"
OK, FOUND, FORBIDDEN, NOT_FOUND, NOT_ALLOWED = 200, 302, 403, 404, 405
EVERYONE = (OK,) * 6
SIGNED_IN = (LOGIN, OK, OK, OK, OK, OK)
NOBODY = (NOT_FOUND,) * 6
SIGNED_OUT_ONLY = (OK, FOUND, FOUND, FOUND, FOUND, FOUND)  # signed in: sent to the dashboard
# the member workspace: "reformer" is w.member's point of contact; staff keep every member's
CONTACTS = (LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK)
CONTACTS_400 = (LOGIN, 400, FORBIDDEN, FORBIDDEN, FORBIDDEN, 400)  # a form sent empty
CONTACTS_AND_STAFF = (LOGIN,) + (FORBIDDEN,) * 4 + (OK,)  # staff only (the review screens)
STAFF_REFUSES_EMPTY = (LOGIN,) + (FORBIDDEN,) * 4 + (400,)
# The catch-all pattern that serves Wagtail pages; covered by PAGES.
PAGE_SERVING = r"^((?:[\w\-]+/)*)$"


def get(url, outcomes):
    return ("get", url, outcomes)


def post(url, outcomes, data=None):
    return ("post", url, outcomes, data or {})


FOLLOW = {"action": "follow"}

# route -> requests. "{w.x.y}" is filled from the fixture.
ROUTES = {
    # --- project ---
    "healthz": [get("/healthz", EVERYONE)],
    # the language switcher: remembers the choice and goes on to the page in that language
    "language/<slug:code>/": [
        get("/language/fr/?next=/fr/members/", (FOUND,) * 6),
        get("/language/xx/", NOBODY),
    ],
    "robots.txt": [get("/robots.txt", EVERYONE), post("/robots.txt", (NOT_ALLOWED,) * 6)],
    "sitemap.xml": [get("/sitemap.xml", EVERYONE)],
    "sitemap-<slug:section>.xml": [
        get("/sitemap-commitments.xml", EVERYONE),
        get("/sitemap-reformers.xml", EVERYONE),
        get("/sitemap-resources.xml", EVERYONE),
        get("/sitemap-nothing.xml", NOBODY),
    ],
    r"documents/(\d+)/(.*)$": [get("/documents/{w.document.pk}/{w.document.filename}", EVERYONE)],
    "documents/authenticate_with_password/<int:restriction_id>/": [
        get("/documents/authenticate_with_password/999999/", NOBODY)
    ],
    # --- Wagtail page utilities (under i18n_patterns) ---
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [
        get("/_util/authenticate_with_password/999999/{w.story.pk}/", NOBODY)
    ],
    "_util/login/": [get("/_util/login/", EVERYONE)],
    # --- allauth ---
    "accounts/login/": [get("/accounts/login/", SIGNED_OUT_ONLY)],
    "accounts/logout/": [get("/accounts/logout/", (FOUND, OK, OK, OK, OK, OK))],
    "accounts/inactive/": [get("/accounts/inactive/", EVERYONE)],
    "accounts/signup/": [get("/accounts/signup/", SIGNED_OUT_ONLY)],
    "accounts/reauthenticate/": [get("/accounts/reauthenticate/", SIGNED_IN)],
    # allauth 65.22: re-authentication by a code mailed to the account; confirming with no
    # code requested sends the reader back
    "accounts/reauthenticate/code/": [get("/accounts/reauthenticate/code/", SIGNED_IN)],
    "accounts/reauthenticate/code/confirm/": [
        get("/accounts/reauthenticate/code/confirm/", (LOGIN,) + (FOUND,) * 5)
    ],
    "accounts/email/": [get("/accounts/email/", SIGNED_IN)],
    "accounts/confirm-email/": [get("/accounts/confirm-email/", EVERYONE)],
    r"accounts/confirm-email/(?P<key>[-:\w]+)/$": [
        get("/accounts/confirm-email/not-a-key/", EVERYONE)
    ],
    "accounts/password/change/": [get("/accounts/password/change/", SIGNED_IN)],
    "accounts/password/set/": [get("/accounts/password/set/", (LOGIN,) + (FOUND,) * 5)],
    "accounts/password/reset/": [get("/accounts/password/reset/", EVERYONE)],
    "accounts/password/reset/done/": [get("/accounts/password/reset/done/", EVERYONE)],
    r"accounts/password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": [
        get("/accounts/password/reset/key/1-not-a-key/", EVERYONE)
    ],
    "accounts/password/reset/key/done/": [get("/accounts/password/reset/key/done/", EVERYONE)],
    # no code was asked for: back to signing in (anonymous) or to the dashboard
    "accounts/login/code/confirm/": [get("/accounts/login/code/confirm/", (LOGIN,) + (FOUND,) * 5)],
    # --- community ---
    "challenge-areas/": [get("/challenge-areas/", EVERYONE)],
    "challenge-areas/<slug:slug>/": [
        get("/challenge-areas/{w.area.slug}/", EVERYONE),
        get("/challenge-areas/no-such-area/", NOBODY),
    ],
    "members/": [get("/members/", EVERYONE)],
    "members/<slug:slug>/": [
        get("/members/{w.member.slug}/", EVERYONE),
        get("/members/no-such-member/", NOBODY),
    ],
    "action-plans/<plan_id:ogp_id>/": [
        get("/action-plans/{w.commitment.action_plan.ogp_id}/", EVERYONE),
        get("/action-plans/NO_SUCH_PLAN/", NOBODY),
    ],
    "commitments/": [get("/commitments/", EVERYONE)],
    "commitments/<public_id:public_id>/": [
        get("/commitments/{w.commitment.public_id}/", EVERYONE),
        get("/commitments/XX9999/", NOBODY),
    ],
    # --- the member workspace: "reformer" is a point of contact of w.member, "another
    # reformer" of another member; staff may change every member's records
    "commitments/progress/": [get("/commitments/progress/", EVERYONE)],
    "workspace/": [get("/workspace/", SIGNED_IN)],
    "workspace/<slug:slug>/": [
        get("/workspace/{w.member.slug}/", CONTACTS),
        get("/workspace/no-such-member/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "workspace/<slug:slug>/commitments/new/": [
        get("/workspace/{w.member.slug}/commitments/new/", CONTACTS),
        post("/workspace/{w.member.slug}/commitments/new/", CONTACTS_400),  # nothing typed
    ],
    "workspace/<slug:slug>/commitments/<public_id:public_id>/": [
        get("/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/", CONTACTS),
        post("/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/", CONTACTS_400),
        get(
            "/workspace/{w.member.slug}/commitments/{w.foreign.public_id}/",
            (LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
        ),
    ],
    "workspace/<slug:slug>/commitments/<public_id:public_id>/milestones/new/": [
        get(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/milestones/new/",
            CONTACTS,
        ),
        post(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/milestones/new/",
            CONTACTS_400,
        ),
    ],
    "workspace/<slug:slug>/commitments/<public_id:public_id>/milestones/<int:pk>/": [
        get(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/milestones/"
            "{w.milestone.pk}/",
            CONTACTS,
        ),
        get(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/milestones/"
            "{w.foreign_milestone.pk}/",
            (LOGIN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
        ),
    ],
    "workspace/<slug:slug>/commitments/<public_id:public_id>/milestones/<int:pk>/evidence/": [
        get(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/milestones/"
            "{w.milestone.pk}/evidence/",
            (LOGIN,) + (NOT_ALLOWED,) * 5,
        ),
        post(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/milestones/"
            "{w.milestone.pk}/evidence/",
            (LOGIN, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FOUND),
            {"title": "Gazette", "url": "https://example.org/gazette"},
        ),
    ],
    "workspace/<slug:slug>/commitments/<public_id:public_id>/updates/new/": [
        get(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/updates/new/", CONTACTS
        ),
        post(
            "/workspace/{w.member.slug}/commitments/{w.commitment.public_id}/updates/new/",
            CONTACTS_400,
        ),
    ],
    "reformers/": [get("/reformers/", EVERYONE)],
    "reformers/<slug:slug>/": [
        get("/reformers/{w.public_profile.slug}/", EVERYONE),
        # community-only: signed-in people only; the others get the 404 of a missing one
        get("/reformers/{w.members_profile.slug}/", (NOT_FOUND, OK, OK, OK, OK, OK)),
        # private: its owner and staff only
        get(
            "/reformers/{w.private_profile.slug}/",
            (NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK),
        ),
        get("/reformers/no-such-person/", NOBODY),
    ],
    "profile/": [get("/profile/", SIGNED_IN)],
    # peer connections: "another reformer" was asked by w.members_profile's owner; the
    # reformer's own profile is private (nobody sees who asks), the others have none
    "network/": [get("/network/", SIGNED_IN), post("/network/", (LOGIN,) + (NOT_ALLOWED,) * 5)],
    "network/<int:pk>/": [
        get("/network/{w.connection.pk}/", (LOGIN,) + (NOT_ALLOWED,) * 5),
        post(
            "/network/{w.connection.pk}/",
            (LOGIN, NOT_FOUND, FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
            {"action": "accept"},
        ),
        post("/network/999999/", (LOGIN,) + (NOT_FOUND,) * 5, {"action": "accept"}),
    ],
    "reformers/<slug:slug>/connect/": [
        get("/reformers/{w.public_profile.slug}/connect/", SIGNED_IN),
        post("/reformers/{w.public_profile.slug}/connect/", (LOGIN,) + (400,) * 5),
        get("/reformers/{w.private_profile.slug}/connect/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "reformers/<slug:slug>/block/": [
        get("/reformers/{w.public_profile.slug}/block/", (LOGIN,) + (NOT_ALLOWED,) * 5),
        post(
            "/reformers/{w.public_profile.slug}/block/",
            (LOGIN, FOUND, 400, FOUND, FOUND, FOUND),
            {"action": "block"},
        ),
    ],
    # a photo shows to those who may see its profile; the others get a missing photo's 404
    "reformers/photos/<photo_name:name>": [
        get("/reformers/photos/{w.public_profile.photo.name}", EVERYONE),
        get("/reformers/photos/{w.members_profile.photo.name}", (NOT_FOUND, OK, OK, OK, OK, OK)),
        get(
            "/reformers/photos/{w.private_profile.photo.name}",
            (NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK),
        ),
        get("/reformers/photos/AAAAAAAAAAAAAAAAAAAAAAAA.jpg", NOBODY),
    ],
    "profile/data.json": [get("/profile/data.json", SIGNED_IN)],
    # --- follows and notifications: "reformer" owns w.notification and w.unsubscribe
    "follow/<slug:kind>/<int:pk>/": [
        get("/follow/challenge-area/{w.area.pk}/", (NOT_ALLOWED,) * 6),
        post("/follow/challenge-area/{w.area.pk}/", (LOGIN,) + (FOUND,) * 5, FOLLOW),
        post("/follow/planet/{w.area.pk}/", (LOGIN,) + (NOT_FOUND,) * 5, FOLLOW),
        # a private profile is nobody's to follow (its owner's own neither)
        post("/follow/reformer/{w.private_profile.pk}/", (LOGIN,) + (NOT_FOUND,) * 5, FOLLOW),
        # "another reformer" owns the public profile
        post(
            "/follow/reformer/{w.public_profile.pk}/",
            (LOGIN, FOUND, NOT_FOUND) + (FOUND,) * 3,
            FOLLOW,
        ),
        post("/follow/member/{w.member.pk}/", (LOGIN,) + (400,) * 5, {"action": "maybe"}),
    ],
    "notifications/": [get("/notifications/", SIGNED_IN)],
    "notifications/<int:pk>/open/": [
        get("/notifications/{w.notification.pk}/open/", (LOGIN,) + (NOT_ALLOWED,) * 5),
        post("/notifications/{w.notification.pk}/open/", (LOGIN, FOUND) + (NOT_FOUND,) * 4),
    ],
    "notifications/read-all/": [post("/notifications/read-all/", (LOGIN,) + (FOUND,) * 5)],
    "notifications/unsubscribe/<str:token>/": [
        get("/notifications/unsubscribe/{w.unsubscribe}/", EVERYONE),
        get("/notifications/unsubscribe/{w.unsubscribe}x/", (400,) * 6),
        post("/notifications/unsubscribe/not-a-token/", (400,) * 6),
    ],
    "profile/notifications/": [
        get("/profile/notifications/", SIGNED_IN),
        post("/profile/notifications/", (LOGIN,) + (400,) * 5),  # no language chosen
    ],
    # deleting needs the password: a POST without it is refused with the form again
    "profile/delete/": [
        get("/profile/delete/", SIGNED_IN),
        post("/profile/delete/", (LOGIN,) + (400,) * 5),
    ],
    # the Open Gov Challenge: the member's points of contact (none of these roles) and staff;
    # staff review. An empty form is refused with the form again.
    # "reformer" is w.member's point of contact (as in the workspace), "another reformer"
    # another member's: the member's submissions are theirs and staff's
    "challenge/members/<slug:slug>/": [
        get("/challenge/members/{w.member.slug}/", CONTACTS),
        get("/challenge/members/no-such-member/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "challenge/members/<slug:slug>/new/": [
        get("/challenge/members/{w.member.slug}/new/", CONTACTS),
        post("/challenge/members/{w.member.slug}/new/", CONTACTS_400),
    ],
    "challenge/submissions/<int:pk>/edit/": [
        get("/challenge/submissions/{w.challenge_draft.pk}/edit/", CONTACTS),
        post("/challenge/submissions/{w.challenge_draft.pk}/edit/", CONTACTS_400),
        get("/challenge/submissions/999999/edit/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "challenge/review/": [get("/challenge/review/", CONTACTS_AND_STAFF)],
    "challenge/review/<int:pk>/": [
        get("/challenge/review/{w.challenge_sent.pk}/", CONTACTS_AND_STAFF),
        post("/challenge/review/{w.challenge_sent.pk}/", STAFF_REFUSES_EMPTY),
    ],
    # --- resources ---
    "resources/": [get("/resources/", EVERYONE)],
    "resources/<slug:slug>/": [
        get("/resources/{w.resource.slug}/", EVERYONE),
        get("/resources/no-such-paper/", NOBODY),
    ],
    # --- search ---
    "search/": [get("/search/?q=contracts", EVERYONE)],
    "search/autocomplete/": [get("/search/autocomplete/?q=con", EVERYONE)],
    "search/saved/": [
        get("/search/saved/", SIGNED_IN),
        post("/search/saved/", (LOGIN,) + (FOUND,) * 5, {"q": "contracts"}),
    ],
    # a saved search is its owner's alone, staff included
    "search/saved/<int:pk>/": [
        get("/search/saved/{w.saved.pk}/", (LOGIN, FOUND) + (NOT_FOUND,) * 4),
        get("/search/saved/999999/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "search/saved/<int:pk>/delete/": [
        get("/search/saved/{w.saved.pk}/delete/", (LOGIN,) + (NOT_ALLOWED,) * 5),
        post("/search/saved/{w.saved.pk}/delete/", (LOGIN, FOUND) + (NOT_FOUND,) * 4),
    ],
    "search/saved/<int:pk>/feed/rotate/": [
        get("/search/saved/{w.saved.pk}/feed/rotate/", (LOGIN,) + (NOT_ALLOWED,) * 5),
        post("/search/saved/{w.saved.pk}/feed/rotate/", (LOGIN, FOUND) + (NOT_FOUND,) * 4),
    ],
    "search/saved/feed/<uuid:token>/": [
        get("/search/saved/feed/{w.saved.feed_token}/", EVERYONE),
        get(f"/search/saved/feed/{uuid.UUID(int=7)}/", NOBODY),
    ],
    # editors, moderators and staff have no profile yet: sent to make one
    "dashboard/": [get("/dashboard/", (LOGIN, OK, OK, FOUND, FOUND, FOUND))],
    # --- learning: a certificate's public verification page
    "certificates/<str:code>/": [
        get("/certificates/{w.certificate.code}/", EVERYONE),
        get("/certificates/" + "A" * 43 + "/", NOBODY),
        get("/certificates/x/", NOBODY),
    ],
    # its Open Badges credential: the holder (none of the roles here) and staff only; the
    # holder's own row is in tests/learning/test_credentials.py
    "certificates/<str:code>/credential.jwt": [
        get(
            "/certificates/{w.certificate.code}/credential.jwt", (LOGIN,) + (FORBIDDEN,) * 4 + (OK,)
        ),
        get("/certificates/" + "A" * 43 + "/credential.jwt", NOBODY),
        post("/certificates/{w.certificate.code}/credential.jwt", (NOT_ALLOWED,) * 6),
    ],
    # checking a pasted credential: open to all; one that is not valid is a 200 saying so
    "certificates/verify/": [
        get("/certificates/verify/", EVERYONE),
        post("/certificates/verify/", EVERYONE, {"credential": "not.a.credential"}),
        post("/certificates/verify/", (400,) * 6),  # nothing sent
    ],
    # the credentials' public documents (no language prefix)
    "credentials/issuer/": [get("/credentials/issuer/", EVERYONE)],
    "credentials/jwks.json": [
        get("/credentials/jwks.json", EVERYONE),
        post("/credentials/jwks.json", (NOT_ALLOWED,) * 6),
    ],
    "credentials/status/<int:number>/": [
        get("/credentials/status/1/", EVERYONE),
        get("/credentials/status/2/", NOBODY),
    ],
    "credentials/achievements/<int:course_id>/": [
        get("/credentials/achievements/{w.course.pk}/", EVERYONE),
        get("/credentials/achievements/999999/", NOBODY),
    ],
    # --- open data: the read-only API (no language prefix; nothing can be written) and the
    # downloads. A draft story is not in the API either.
    "api/v1/commitments/$": [
        get("/api/v1/commitments/", EVERYONE),
        post("/api/v1/commitments/", (NOT_ALLOWED,) * 6),
    ],
    r"api/v1/commitments/(?P<public_id>[A-Za-z0-9][A-Za-z0-9-]{0,39})/$": [
        get("/api/v1/commitments/{w.commitment.public_id}/", EVERYONE),
        get("/api/v1/commitments/XX9999/", NOBODY),
    ],
    "api/v1/members/$": [get("/api/v1/members/", EVERYONE)],
    "api/v1/members/(?P<slug>[-a-zA-Z0-9_]+)/$": [
        get("/api/v1/members/{w.member.slug}/", EVERYONE),
        get("/api/v1/members/no-such-member/", NOBODY),
    ],
    "api/v1/action-plans/$": [get("/api/v1/action-plans/", EVERYONE)],
    "api/v1/action-plans/(?P<ogp_id>[^/\\x00]{1,30})/$": [
        get("/api/v1/action-plans/{w.commitment.action_plan.ogp_id}/", EVERYONE),
        get("/api/v1/action-plans/NO_SUCH_PLAN/", NOBODY),
    ],
    "api/v1/challenge-areas/$": [get("/api/v1/challenge-areas/", EVERYONE)],
    "api/v1/challenge-areas/(?P<slug>[-a-zA-Z0-9_]+)/$": [
        get("/api/v1/challenge-areas/{w.area.slug}/", EVERYONE),
        get("/api/v1/challenge-areas/no-such-area/", NOBODY),
    ],
    "api/v1/stories/$": [get("/api/v1/stories/", EVERYONE)],
    "api/v1/stories/(?P<pk>[0-9]{1,18})/$": [
        get("/api/v1/stories/{w.story.pk}/", EVERYONE),
        get("/api/v1/stories/{w.draft_story.pk}/", NOBODY),
    ],
    "api/v1/recommendations/$": [get("/api/v1/recommendations/", EVERYONE)],
    "api/v1/recommendations/(?P<pk>[0-9]{1,18})/$": [
        get("/api/v1/recommendations/999999/", NOBODY)
    ],
    "api/v1/schema/": [get("/api/v1/schema/", EVERYONE)],
    "api/v2/pages/": [get("/api/v2/pages/", EVERYONE)],
    "api/v2/pages/<int:pk>/": [
        get("/api/v2/pages/{w.story.pk}/", EVERYONE),
        get("/api/v2/pages/{w.draft_story.pk}/", NOBODY),
    ],
    "api/v2/pages/find/": [get("/api/v2/pages/find/?html_path=/no-such-page/", NOBODY)],
    "commitments/export.<str:fmt>": [
        get("/commitments/export.csv", EVERYONE),
        get("/commitments/export.json", EVERYONE),
        get("/commitments/export.xml", NOBODY),
        post("/commitments/export.csv", (NOT_ALLOWED,) * 6),
    ],
    "members/export.<str:fmt>": [get("/members/export.csv", EVERYONE)],
    "action-plans/export.<str:fmt>": [get("/action-plans/export.json", EVERYONE)],
    "challenge-areas/export.<str:fmt>": [get("/challenge-areas/export.csv", EVERYONE)],
    # --- learning: cohorts. "reformer" is a member of the cohort, "another reformer" its
    # facilitator; a third person's application waits for a decision
    "learning/cohorts/": [get("/learning/cohorts/", EVERYONE)],
    "learning/cohorts/mine/": [get("/learning/cohorts/mine/", SIGNED_IN)],
    "learning/cohorts/mine/<int:pk>/withdraw/": [
        get("/learning/cohorts/mine/{w.membership.pk}/withdraw/", (LOGIN,) + (NOT_ALLOWED,) * 5),
        post(
            "/learning/cohorts/mine/{w.membership.pk}/withdraw/", (LOGIN, FOUND) + (NOT_FOUND,) * 4
        ),
    ],
    "learning/cohorts/calendar/rotate/": [
        get("/learning/cohorts/calendar/rotate/", (LOGIN,) + (NOT_ALLOWED,) * 5),
        post("/learning/cohorts/calendar/rotate/", (LOGIN,) + (FOUND,) * 5),
    ],
    "learning/cohorts/calendar/<uuid:token>.ics": [
        get("/learning/cohorts/calendar/{w.calendar.token}.ics", EVERYONE),  # the token is the key
        get(f"/learning/cohorts/calendar/{uuid.UUID(int=7)}.ics", NOBODY),
    ],
    "learning/cohorts/<slug:slug>/": [
        get("/learning/cohorts/{w.cohort.slug}/", EVERYONE),
        get(
            "/learning/cohorts/{w.draft_cohort.slug}/",
            (NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, OK),
        ),
        get("/learning/cohorts/no-such-cohort/", NOBODY),
    ],
    "learning/cohorts/<slug:slug>/apply/": [
        get("/learning/cohorts/{w.cohort.slug}/apply/", SIGNED_IN),
        post("/learning/cohorts/{w.cohort.slug}/apply/", (LOGIN,) + (400,) * 5),  # nothing typed
    ],
    "learning/cohorts/<slug:slug>/review/": [
        get(
            "/learning/cohorts/{w.cohort.slug}/review/",
            (LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
        ),
    ],
    "learning/cohorts/<slug:slug>/review/<int:pk>/": [
        get("/learning/cohorts/{w.cohort.slug}/review/{w.pending.pk}/", (NOT_ALLOWED,) * 6),
        post(
            "/learning/cohorts/{w.cohort.slug}/review/{w.pending.pk}/",
            (LOGIN, FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN, FOUND),
            {"state": "waitlisted", "message": "Soon"},
        ),
    ],
    "learning/cohorts/<slug:slug>/members/": [
        get(
            "/learning/cohorts/{w.cohort.slug}/members/", (LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK)
        ),
    ],
    # closing a cohort: its facilitators and staff
    "learning/cohorts/<slug:slug>/close/": [
        get(
            "/learning/cohorts/{w.cohort.slug}/close/",
            (LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
        ),
        post(
            "/learning/cohorts/{w.cohort.slug}/close/",
            (LOGIN, FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN, FOUND),
        ),
    ],
    "alumni/": [get("/alumni/", EVERYONE), get("/alumni/?cohort=nope&sector=x", EVERYONE)],
    # the cohort's board: its members ("reformer"), facilitators and staff; a 404 to others
    "learning/cohorts/<slug:slug>/board/": [
        get("/learning/cohorts/{w.cohort.slug}/board/", (LOGIN, OK, OK, NOT_FOUND, NOT_FOUND, OK)),
        post(
            "/learning/cohorts/{w.cohort.slug}/board/",
            (LOGIN, 400, 400, NOT_FOUND, NOT_FOUND, 400),  # nothing typed
        ),
        get(
            "/learning/cohorts/{w.draft_cohort.slug}/board/",
            (LOGIN, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, OK),  # its facilitators prepare it
        ),
    ],
    "learning/cohorts/<slug:slug>/board/<int:pk>/": [
        get(
            "/learning/cohorts/{w.cohort.slug}/board/{w.thread.pk}/",
            (LOGIN, OK, OK, NOT_FOUND, NOT_FOUND, OK),
        ),
        post(
            "/learning/cohorts/{w.cohort.slug}/board/{w.thread.pk}/",
            (LOGIN, 400, 400, NOT_FOUND, NOT_FOUND, 400),
        ),
        get("/learning/cohorts/{w.cohort.slug}/board/999999/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    # editing one's own post ("reformer" wrote the thread and the reply)
    "learning/cohorts/<slug:slug>/board/<int:pk>/edit/": [
        get(
            "/learning/cohorts/{w.cohort.slug}/board/{w.thread.pk}/edit/",
            (LOGIN, OK, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN),
        ),
        post(
            "/learning/cohorts/{w.cohort.slug}/board/{w.thread.pk}/edit/",
            (LOGIN, 400, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN),  # nothing typed
        ),
    ],
    "learning/cohorts/<slug:slug>/board/replies/<int:pk>/edit/": [
        get(
            "/learning/cohorts/{w.cohort.slug}/board/replies/{w.reply.pk}/edit/",
            (LOGIN, OK, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN),
        ),
        post(
            "/learning/cohorts/{w.cohort.slug}/board/replies/{w.reply.pk}/edit/",
            (LOGIN, FOUND, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN),
            {"body": "Fixed a typo"},
        ),
    ],
    "learning/cohorts/<slug:slug>/board/<int:pk>/moderate/": [
        get("/learning/cohorts/{w.cohort.slug}/board/{w.thread.pk}/moderate/", (NOT_ALLOWED,) * 6),
        post(
            "/learning/cohorts/{w.cohort.slug}/board/{w.thread.pk}/moderate/",
            (LOGIN, FORBIDDEN, FOUND, NOT_FOUND, NOT_FOUND, FOUND),
            {"action": "pin"},
        ),
    ],
    "learning/cohorts/<slug:slug>/board/replies/<int:pk>/moderate/": [
        get(
            "/learning/cohorts/{w.cohort.slug}/board/replies/{w.reply.pk}/moderate/",
            (NOT_ALLOWED,) * 6,
        ),
        post(
            "/learning/cohorts/{w.cohort.slug}/board/replies/{w.reply.pk}/moderate/",
            (LOGIN, FORBIDDEN, FOUND, NOT_FOUND, NOT_FOUND, FOUND),
            {"action": "hide"},
        ),
    ],
    "learning/cohorts/<slug:slug>/calendar/<uuid:token>.ics": [
        get("/learning/cohorts/{w.cohort.slug}/calendar/{w.calendar.token}.ics", EVERYONE),
        get("/learning/cohorts/{w.cohort.slug}/calendar/{w.outsider_calendar.token}.ics", NOBODY),
    ],
    # --- awards: "reformer" nominated "another reformer" (a public profile); the nominee
    # may decline; a nomination and its files are the nominator's (and staff's, for files)
    "awards/nominations/": [get("/awards/nominations/", SIGNED_IN)],
    "awards/nominations/<int:pk>/": [
        get("/awards/nominations/{w.nomination.pk}/", (LOGIN, OK) + (NOT_FOUND,) * 4),
        get("/awards/nominations/999999/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "awards/nominations/<int:pk>/withdraw/": [
        get("/awards/nominations/{w.nomination.pk}/withdraw/", (NOT_ALLOWED,) * 6),
        post("/awards/nominations/{w.nomination.pk}/withdraw/", (LOGIN, FOUND) + (NOT_FOUND,) * 4),
    ],
    "awards/nominations/<int:pk>/decline/": [
        get(
            "/awards/nominations/{w.nomination.pk}/decline/",
            (LOGIN, NOT_FOUND, OK) + (NOT_FOUND,) * 3,
        ),
        post(
            "/awards/nominations/{w.nomination.pk}/decline/",
            (LOGIN, NOT_FOUND, FOUND) + (NOT_FOUND,) * 3,
        ),
    ],
    "awards/files/<str:name>": [
        get("/awards/files/{w.award_file.name}", (NOT_FOUND, OK) + (NOT_FOUND,) * 3 + (OK,)),
        get("/awards/files/nothing.pdf", NOBODY),
    ],
    "awards/records/": [get("/awards/records/?kind=member&q=ke", EVERYONE)],
    # the juror's screens: nobody here is on a jury (the dashboard is empty; any nomination
    # is a 404)
    "awards/jury/": [get("/awards/jury/", SIGNED_IN)],
    "awards/jury/<int:pk>/": [
        get("/awards/jury/{w.nomination.pk}/", (LOGIN,) + (NOT_FOUND,) * 5),
        post("/awards/jury/{w.nomination.pk}/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "awards/jury/<int:pk>/conflict/": [
        get("/awards/jury/{w.nomination.pk}/conflict/", (LOGIN,) + (NOT_FOUND,) * 5),
        post("/awards/jury/{w.nomination.pk}/conflict/", (LOGIN,) + (NOT_FOUND,) * 5),
    ],
    "awards/<slug:slug>/nominate/": [
        get("/awards/{w.programme.slug}/nominate/", SIGNED_IN),
        get("/awards/no-such-programme/nominate/", NOBODY),
        post("/awards/{w.programme.slug}/nominate/", (LOGIN,) + (400,) * 5),  # an empty form
    ],
}

# Page types (wagtail.models.get_page_models()); a routable page's routes as "label route".
PAGES = {
    "opengov.HomePage": [get("/", EVERYONE)],
    "stories.StoryPage": [
        get("/stories/{w.story.slug}/", EVERYONE),
        get("/stories/{w.draft_story.slug}/", NOBODY),
    ],
    "stories.StoryIndexPage ": [get("/stories/", EVERYONE)],
    "stories.StoryIndexPage feed/rss/": [get("/stories/feed/rss/", EVERYONE)],
    "stories.StoryIndexPage feed/atom/": [get("/stories/feed/atom/", EVERYONE)],
    "stories.StoryIndexPage feed/<slug:theme>/rss/": [
        get("/stories/feed/{w.theme.slug}/rss/", EVERYONE)
    ],
    "stories.StoryIndexPage feed/<slug:theme>/atom/": [
        get("/stories/feed/{w.theme.slug}/atom/", EVERYONE)
    ],
    # learning: "reformer" is enrolled in the course, "another reformer" is not
    "learning.CourseIndexPage ": [get("/learning/", EVERYONE)],
    "learning.CoursePage ": [get("{w.course.url}", EVERYONE)],
    "learning.CoursePage enrol/": [
        get("{w.course.url}enrol/", (NOT_ALLOWED,) * 6),
        post("{w.course.url}enrol/", (LOGIN,) + (FOUND,) * 5),  # enrolled, to the lesson
    ],
    "learning.ModulePage": [get("{w.module.url}", EVERYONE)],
    "learning.LessonPage ": [get("{w.lesson.url}", EVERYONE)],
    # an empty attempt: refused (400) for the enrolled reformer; the others must enrol
    "learning.LessonPage check/": [
        get("{w.lesson.url}check/", (NOT_ALLOWED,) * 6),
        post("{w.lesson.url}check/", (LOGIN, 400) + (FORBIDDEN,) * 4),
    ],
    # the lesson has a knowledge check not yet passed: not complete by hand
    "learning.LessonPage complete/": [
        get("{w.lesson.url}complete/", (NOT_ALLOWED,) * 6),
        post("{w.lesson.url}complete/", (LOGIN, 400) + (FORBIDDEN,) * 4),
    ],
    "awards.AwardIndexPage": [get("/awards/", EVERYONE)],
    "awards.AwardProgrammePage": [get("{w.programme.url}", EVERYONE)],
    "guide.GuideIndexPage ": [get("/guide/", EVERYONE)],
    "guide.GuideIndexPage report/": [get("/guide/report/", EVERYONE)],
    "guide.GuideIndexPage report/pdf/": [get("/guide/report/pdf/", EVERYONE)],
    "guide.GuideChapterPage ": [get("/guide/{w.chapter.slug}/", EVERYONE)],
    "guide.GuideChapterPage self-assessment/": [
        get("/guide/{w.chapter.slug}/self-assessment/", EVERYONE)
    ],
}

# Admin URLs that need no admin access, with their outcomes for every role.
ADMIN_PUBLIC = {
    # people with admin access are sent on to the admin; the others may sign in
    "admin/login/": [get("/admin/login/", (OK, OK, OK, FOUND, FOUND, FOUND))],
    "admin/password_reset/": [get("/admin/password_reset/", EVERYONE)],
    "admin/password_reset/done/": [get("/admin/password_reset/done/", EVERYONE)],
    "admin/password_reset/confirm/<uidb64>/<token>/": [
        get("/admin/password_reset/confirm/x/x/", EVERYONE)
    ],
    "admin/password_reset/complete/": [get("/admin/password_reset/complete/", EVERYONE)],
    # static assets of the sign-in page: the icon sprite and the JavaScript catalogue
    "admin/sprite/": [get("/admin/sprite/", EVERYONE)],
    "admin/jsi18n/": [get("/admin/jsi18n/", EVERYONE)],
}
# Admin patterns whose own regex cannot make a URL.
ADMIN_SAMPLES = {"admin/.*/$": "/admin/no-such-admin-page/"}
ADMIN_INDEX = ("/admin/", (LOGIN, LOGIN, LOGIN, OK, OK, OK))


# --- the walk ------------------------------------------------------------------------------


def page_routes() -> set[str]:
    """Every page type, as "app.Model" or, for a routable page, "app.Model route"."""
    found = set()
    for model in get_page_models():
        if model is Page:
            continue
        if issubclass(model, RoutablePageMixin):
            found |= {f"{model._meta.label} {p.pattern}" for p in model.get_resolver().url_patterns}
        else:
            found.add(model._meta.label)
    return found


def uncovered(walked: list[Route]) -> list[str]:
    """The walked patterns that no entry or rule here covers."""
    covered = set(ROUTES) | set(ADMIN_PUBLIC) | {PAGE_SERVING}
    return [r.route for r in walked if r.route not in covered and not r.route.startswith("admin/")]


def test_every_url_pattern_has_an_entry():
    walked = routes()
    missing = uncovered(walked)
    assert not missing, (
        "URL patterns with no entry in tests/opengov/test_url_walk.py (add each to ROUTES, "
        f"with the outcome for every role): {missing}"
    )
    stale = sorted((set(ROUTES) | set(ADMIN_PUBLIC)) - {r.route for r in walked})
    assert not stale, f"entries for URL patterns that no longer exist: {stale}"
    assert any(r.route == PAGE_SERVING for r in walked), "Wagtail's page serving moved"

    pages = page_routes()
    missing_pages = sorted(pages - set(PAGES))
    assert not missing_pages, f"page types or page routes with no entry in PAGES: {missing_pages}"
    assert not sorted(set(PAGES) - pages), "PAGES entries for page routes that no longer exist"


def test_a_new_url_without_an_entry_is_named():
    course = Route("learning/courses/<slug:slug>/", "", "learning:course_detail", i18n=True)
    admin = Route("admin/learning/course/", "", "", i18n=False)
    assert uncovered([*routes(), course, admin]) == ["learning/courses/<slug:slug>/"]


def test_the_walk_reaches_every_kind_of_pattern():
    walked = {r.route: r for r in routes()}
    assert walked["search/saved/<int:pk>/"].i18n and not walked["healthz"].i18n
    assert walked["search/saved/<int:pk>/"].name == "search:saved_detail"
    assert "admin/pages/<int:page_id>/edit/" in walked  # inside Wagtail's admin include
    assert "accounts/email/" in walked  # allauth, inside i18n_patterns
    assert sample_path(walked["admin/pages/<int:page_id>/edit/"]) == "/admin/pages/1/edit/"


# --- the shared fixture ----------------------------------------------------------------------


def _with_photo(**kwargs):
    from community import photos

    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 40, 40)).save(buffer, format="JPEG")
    profile = ProfileFactory(**kwargs)
    profile.photo = photos.prepare(SimpleUploadedFile("me.jpg", buffer.getvalue(), "image/jpeg"))
    profile.save()
    return profile


def _learning(reformer) -> dict:
    from learning import services
    from learning.models import Enrolment, LessonPage, ModulePage
    from tests.learning.factories import course_build

    course = course_build(modules=1, lessons_per_module=2, checks=(1,))
    services.enrolment_create(user=reformer, course=course)
    finished = Enrolment.objects.create(user=UserFactory(), course=course)
    return {
        **_cohorts(reformer),
        "course": course,
        "module": ModulePage.objects.child_of(course).get(),
        "lesson": LessonPage.objects.descendant_of(course).order_by("path").first(),
        "certificate": services.certificate_issue(enrolment=finished),
    }


def _cohorts(reformer) -> dict:
    """A cohort "reformer" is a member of and "other@example.org" facilitates, a draft one,
    and a pending application."""
    from learning import cohort_services
    from tests.learning.cohort_factories import (
        ApplicationFactory,
        CohortFactory,
        SessionFactory,
        accepted,
    )

    facilitator = UserFactory(email="other@example.org")
    cohort = CohortFactory(slug="open-justice", facilitators=[facilitator], capacity=5)
    SessionFactory(cohort=cohort)
    from tests.learning.board_factories import ReplyFactory, ThreadFactory

    thread = ThreadFactory(cohort=cohort, author=reformer)
    return {
        "thread": thread,
        "reply": ReplyFactory(thread=thread, author=reformer),
        "cohort": cohort,
        "draft_cohort": CohortFactory(state="draft", facilitators=[facilitator]),
        "membership": accepted(cohort, reformer),
        "pending": ApplicationFactory(cohort=cohort),
        "calendar": cohort_services.calendar_feed_for(user=reformer),
        "outsider_calendar": cohort_services.calendar_feed_for(user=UserFactory()),
    }


def _awards(nominator, nominee_profile) -> dict:
    from awards.models import NominationFile
    from tests.awards.factories import NominationFactory, png_upload, programme_build

    programme = programme_build()
    nomination = NominationFactory(
        programme=programme, nominator=nominator, kind="reformer", commitment=None,
        reformer=nominee_profile, title=nominee_profile.display_name,
    )  # fmt: skip
    stored = NominationFile(
        nomination=nomination, original_name="a.png", content_type="image/png", size=1
    )
    stored.file.save("a.png", png_upload(), save=False)
    stored.save()
    return {"programme": programme, "nomination": nomination, "award_file": stored}


def _challenge(member, area) -> dict:
    """A draft and a submitted Open Gov Challenge reform of `member`, by its point of contact
    (a person none of the roles is)."""
    from tests.community.challenge_factories import SubmissionFactory, contact_of

    contact = contact_of(member)
    made = {"member": member, "challenge_area": area, "submitted_by": contact}
    return {
        "challenge_draft": SubmissionFactory(**made),
        "challenge_sent": SubmissionFactory(**made, state="submitted"),
    }


def _build_world():
    from community.permissions import MODERATORS, editors_group_ensure
    from community.services import vocabulary_ensure
    from search import services as search_services

    vocab = vocabulary_ensure()
    area = vocab["areas"]["justice"]
    theme = vocab["themes"]["anti-corruption"]
    reformer = UserFactory(email="reformer@example.org")
    other = UserFactory(email="other@example.org")
    editor = UserFactory(email="editor@example.org")
    editor.groups.add(editors_group_ensure())
    moderator = UserFactory(email="moderator@example.org")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    staff = UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    commitment = CommitmentFactory(challenge_areas=[area], themes=[theme])
    foreign = CommitmentFactory()
    PointOfContact.objects.create(member=commitment.action_plan.member, user=reformer)
    PointOfContact.objects.create(member=foreign.action_plan.member, user=other)
    document = get_document_model().objects.create(title="Terms of reference")
    document.file.save("terms.txt", ContentFile(b"Terms of reference"), save=True)
    home = home_page()
    stories = StoryIndexPageFactory(parent=home)
    guide = GuideIndexPageFactory(parent=home)
    draft = StoryPageFactory(parent=stories, live=False)
    learning = _learning(reformer)
    public_profile = _with_photo(user=other, visibility="public")
    members_profile = _with_photo(visibility="members")
    return SimpleNamespace(
        **learning,
        **_awards(reformer, public_profile),
        **_challenge(commitment.action_plan.member, area),
        users=(None, reformer, other, editor, moderator, staff),
        area=area,
        theme=theme,
        commitment=commitment,
        member=commitment.action_plan.member,
        foreign=foreign,
        milestone=MilestoneFactory(commitment=commitment),
        foreign_milestone=MilestoneFactory(commitment=foreign),
        resource=ResourceFactory(challenge_areas=[area]),
        document=document,
        private_profile=_with_photo(user=reformer, visibility="private"),
        public_profile=public_profile,
        members_profile=members_profile,
        connection=Connection.objects.create(
            sender=members_profile.user, recipient=other, requested_at=timezone.now()
        ),
        saved=search_services.saved_search_create(
            user=reformer, name="Contracts", query="contracts", filters={}
        ),
        story=StoryPageFactory(parent=stories, themes=[theme]),
        draft_story=draft,
        chapter=GuideChapterPageFactory(parent=guide),
        **_notifications(reformer, commitment),
    )


def _notifications(reformer, commitment) -> dict:
    """A notification of "reformer"'s, and an unsubscribe token of theirs."""
    from community import notify_services
    from community.models import Notification, NotificationKind

    notify_services.notify(
        recipient_ids=[reformer.pk],
        kind=NotificationKind.PROGRESS,
        target=commitment,
        url=commitment.get_absolute_url(),
        params={"title": commitment.title},
    )
    return {
        "notification": Notification.objects.get(recipient=reformer),
        "unsubscribe": notify_services.unsubscribe_token(user=reformer),
    }


@pytest.fixture(scope="module", autouse=True)
def _media_root(tmp_path_factory):
    """One media folder and one photo folder for the module (instead of tests/conftest.py's
    per test), so that the fixture's document and photos are there for every test."""
    with module_media(tmp_path_factory):
        yield


@pytest.fixture(scope="module")
def world(_media_root, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build_world()
        transaction.set_rollback(True)


def outcome(response):
    if response.status_code != FOUND:
        return response.status_code
    path = urlsplit(response["Location"]).path
    for prefix in ("/fr", "/es"):
        path = path.removeprefix(prefix)
    return LOGIN if path in ("/accounts/login/", "/admin/login/") else FOUND


def clients(world):
    made = []
    for user in world.users:
        client = Client()
        if user is not None:
            client.force_login(user)
        made.append(client)
    return made


def _check(world, requests, languages=("",)):
    """The failures of a list of requests, each made by every role in every language."""
    failures, role_clients = [], clients(world)
    for prefix in languages:
        for request in requests:
            method, url, expected, *data = request
            url = prefix + url.format(w=world)
            for role, client, want in zip(ROLES, role_clients, expected, strict=True):
                with transaction.atomic():  # what a request changes, the next does not see
                    got = outcome(getattr(client, method)(url, *data))
                    transaction.set_rollback(True)
                if got != want:
                    failures.append(f"{role} {method.upper()} {url}: {got}, expected {want}")
    return failures


def _i18n(route: str) -> bool:
    return next(r.i18n for r in routes() if r.route == route)


@pytest.mark.django_db
@pytest.mark.parametrize("route", list(ROUTES))
def test_each_role_gets_what_the_table_says(world, route):
    languages = ("", "/fr") if _i18n(route) else ("",)
    failures = _check(world, ROUTES[route], languages)
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
@pytest.mark.parametrize("page_route", list(PAGES))
def test_each_role_gets_what_the_table_says_on_pages(world, page_route):
    failures = _check(world, PAGES[page_route], ("", "/fr"))
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
@pytest.mark.parametrize("route", list(ADMIN_PUBLIC))
def test_the_admins_public_urls(world, route):
    failures = _check(world, ADMIN_PUBLIC[route])
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_every_admin_url_refuses_anonymous_people_and_reformers(world):
    anonymous, reformer, other = clients(world)[:3]
    failures = []
    for route in routes():
        if not route.route.startswith("admin/") or route.route in ADMIN_PUBLIC:
            continue
        url = ADMIN_SAMPLES.get(route.route) or sample_path(route)
        assert url is not None, f"add a sample URL for {route} to ADMIN_SAMPLES"
        assert resolve(url).route == route.route, url
        if (got := outcome(anonymous.get(url))) != LOGIN:
            failures.append(f"anonymous GET {url}: {got}")
        for role, client in (("reformer", reformer), ("another reformer", other)):
            if (got := outcome(client.get(url))) not in (LOGIN, FORBIDDEN):
                failures.append(f"{role} GET {url}: {got}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_the_admin_index_opens_for_editors_moderators_and_staff(world):
    failures = _check(world, [get(*ADMIN_INDEX)])
    assert not failures, "\n".join(failures)


def test_routes_are_named_as_resolve_names_them():
    for route in routes():
        url = ADMIN_SAMPLES.get(route.route) or sample_path(route)
        if url is not None:
            assert resolve(url).route == route.route, url
