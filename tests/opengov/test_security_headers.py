"""Content-Security-Policy (issue 9, item 13): every public page is served with a policy that
allows no inline script, and its HTML carries none (no <script> body, no on* attribute, no
style attribute or <style> element) so that the policy breaks nothing. Wagtail's admin has its
own, relaxed policy. tests/browser/test_csp.py checks the same pages in Chromium."""

from html.parser import HTMLParser

from django.conf import settings

import pytest

from opengov.models import HomePage
from tests.community.factories import CommitmentFactory, ProfileFactory
from tests.guide.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    RecommendationFactory,
)
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = pytest.mark.django_db

DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}  # data, never run


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


class InlineCode(HTMLParser):
    """Collects what a policy without 'unsafe-inline' would block."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}=…>")
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and "src" not in attrs and attrs.get("type") not in DATA_SCRIPT_TYPES:
            self._in_script = True
        for name in ("href", "src", "action", "formaction"):
            if (attrs.get(name) or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:…>")

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append("<script>" + data.strip()[:60])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


@pytest.fixture
def site(vocab, reformer):
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    chapter = GuideChapterPageFactory(parent=GuideIndexPageFactory(parent=home),
                                      slug="anti-corruption")  # fmt: skip
    RecommendationFactory(chapter=chapter)
    StoryPageFactory(parent=story_index(), slug="a-story")
    CommitmentFactory(public_id="CSP0001")
    ProfileFactory(user=reformer, slug="ana", display_name="Ana")
    return reformer


PUBLIC = ["/", "/guide/", "/guide/anti-corruption/", "/guide/anti-corruption/self-assessment/",
          "/guide/report/?chapter=anti-corruption", "/stories/", "/stories/a-story/",
          "/search/?q=open", "/commitments/", "/commitments/CSP0001/", "/reformers/",
          "/reformers/ana/", "/members/", "/challenge-areas/", "/resources/",
          "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/fr/",
          "/no-such-page/"]  # fmt: skip
SIGNED_IN = ["/profile/", "/dashboard/", "/search/saved/", "/accounts/email/"]


def _check(response):
    assert response.status_code in (200, 404), response.status_code
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["frame-ancestors"] == ["'self'"]
    parser = InlineCode()
    parser.feed(response.content.decode())
    assert not parser.found, parser.found


@pytest.mark.parametrize("url", PUBLIC)
def test_public_pages_have_a_strict_policy_and_no_inline_code(client, site, url):
    _check(client.get(url))


@pytest.mark.parametrize("url", SIGNED_IN)
def test_signed_in_pages_have_a_strict_policy_and_no_inline_code(client, site, url):
    client.force_login(site)
    _check(client.get(url))


def test_no_unsafe_inline_for_scripts_anywhere_on_the_public_site(client, db):
    header = client.get("/healthz")["Content-Security-Policy"]
    for name, values in directives(header).items():
        if name.startswith("script-src") or name == "default-src":
            assert "'unsafe-inline'" not in values and "'unsafe-eval'" not in values, header


def test_the_admin_has_its_own_relaxed_policy(client, staff):
    client.force_login(staff)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's admin needs it
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]
    # and the admin's sign-in page, seen before signing in
    client.logout()
    assert "'unsafe-inline'" in client.get("/admin/login/")["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/", "/stories/a-story/"])
def test_the_wagtail_userbar_that_editors_see_on_public_pages_needs_no_inline_code(
    client, site, staff, url
):
    client.force_login(staff)
    response = client.get(url)
    assert b"wagtail-userbar" in response.content
    _check(response)
