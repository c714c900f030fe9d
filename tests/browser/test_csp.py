"""The Content-Security-Policy breaks nothing: Chromium visits the key public pages (and the
admin, under its own policy), types in the search box until suggestions show, and fails on
any CSP violation, reported either as a `securitypolicyviolation` event or on the console."""

import re

import pytest

from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct horse battery"
# Runs before any script of the page (Playwright injects it through the DevTools protocol, which
# the page's policy does not govern), so no violation is missed.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const where = `${e.sourceFile || document.location.pathname}:${e.lineNumber}`;
  const what = e.blockedURI || "inline";
  window.__cspViolations.push(`${e.violatedDirective} blocked ${what} at ${where}`);
});
"""


@pytest.fixture
def site(transactional_db):
    from django.conf import settings

    from community.models import ChallengeArea
    from community.services import vocabulary_ensure
    from opengov.models import HomePage
    from search import services
    from tests.guide.factories import (
        GuideChapterPageFactory,
        GuideIndexPageFactory,
        RecommendationFactory,
    )
    from tests.stories.factories import StoryPageFactory, story_index

    vocabulary_ensure()
    area = ChallengeArea.objects.in_default_locale().get(slug="anti-corruption")
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    chapter = GuideChapterPageFactory(parent=GuideIndexPageFactory(parent=home),
                                      title="Anti-corruption", slug="anti-corruption")  # fmt: skip
    RecommendationFactory(chapter=chapter, title="Publish asset declarations")
    story = StoryPageFactory(parent=story_index(), title="How Kenya found the owners",
                             slug="kenya-owners", challenge_areas=[area])  # fmt: skip
    commitment = CommitmentFactory(public_id="CS0001", challenge_areas=[area],
                                   title="Beneficial ownership register")  # fmt: skip
    user = UserFactory(email="member@example.org")
    ProfileFactory(user=user, display_name="Mariam Member", slug="mariam", challenge_areas=[area])
    services.rebuild()
    return {"chapter": chapter, "story": story, "commitment": commitment, "user": user}


class Violations:
    """CSP violations seen by a page, from its events and its console."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.context.add_init_script(LISTEN)
        page.on("console", self._on_console)

    def _on_console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.console.append(text)

    def collect(self) -> list[str]:
        events = self.page.evaluate("window.__cspViolations || []")
        found, self.console = [*events, *self.console], []
        self.page.evaluate("window.__cspViolations = []")
        return found


def _sign_in(page, email):
    from playwright.sync_api import expect

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator("a[href='/accounts/login/']")).to_have_count(0)


def test_the_violation_detector_sees_an_inline_script(page, site):
    violations = Violations(page)
    page.goto("/")
    assert violations.collect() == []
    page.evaluate("""() => { const s = document.createElement("script");
                             s.textContent = "window.ran = true"; document.body.append(s); }""")
    page.wait_for_timeout(200)
    assert page.evaluate("window.ran === undefined")  # the policy held
    assert any("script-src" in v for v in violations.collect())


def test_key_pages_work_under_the_policy(page, site):
    from playwright.sync_api import expect

    violations = Violations(page)
    found = {}

    def visit(path, check=None):
        page.goto(path)
        if check:
            check()
        page.wait_for_load_state("networkidle")
        found[path] = violations.collect()

    visit("/", lambda: expect(page.locator("main")).to_be_visible())
    visit(site["chapter"].url, lambda: expect(page.get_by_text("Publish asset declarations"))
          .to_be_visible())  # fmt: skip
    page.goto("/guide/report/?chapter=anti-corruption")
    page.evaluate("window.print = () => { window.printed = true; }")  # no dialog in a test
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.printed === true")  # the button works without inline code
    found["/guide/report/"] = violations.collect()
    visit(
        site["story"].url,
        lambda: expect(page.get_by_role("heading", level=1)).to_have_text(site["story"].title),
    )
    visit(site["commitment"].get_absolute_url())
    visit("/reformers/", lambda: expect(page.get_by_text("Mariam Member")).to_be_visible())
    visit("/accounts/login/")

    page.goto("/search/?q=owners")
    box = page.get_by_role("search").first.get_by_role("combobox")
    box.press_sequentially("benef", delay=30)
    expect(page.locator("#site-search-q-suggestions li").first).to_be_visible()
    found["/search/ (autocomplete)"] = violations.collect()

    _sign_in(page, "member@example.org")
    visit("/profile/", lambda: expect(page.get_by_role("heading", level=1)).to_have_text(
        "My reformer profile"))  # fmt: skip
    page.get_by_role("textbox", name="Headline").fill("Open contracts")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")
    found["/profile/ (saved)"] = violations.collect()
    visit("/dashboard/")

    assert not {path: v for path, v in found.items() if v}, found


def test_the_admin_works_under_its_own_policy(page, site):
    from playwright.sync_api import expect

    UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    violations = Violations(page)
    page.goto("/admin/login/")
    page.fill('input[name="username"]', "staff@example.org")
    page.fill('input[name="password"]', PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("networkidle")
    page.goto(f"/admin/pages/{site['story'].pk}/edit/")
    expect(page.locator("form#page-edit-form")).to_be_visible()
    page.wait_for_load_state("networkidle")
    page.goto(f"/admin/pages/{site['story'].pk}/")  # the page explorer
    page.wait_for_load_state("networkidle")
    assert violations.collect() == []
