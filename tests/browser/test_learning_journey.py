"""A reformer takes Open Government 101 in a real browser: signs in, opens the catalogue,
enrols, completes a lesson, answers a knowledge check wrongly (the feedback appears only
after the submission) then rightly, receives the certificate and verifies it on the public
page, which anyone can open. The lesson page on a phone (375 px) does not scroll sideways;
axe-core finds no serious or critical violation on the catalogue, a lesson and the
verification page (the lesson with its "Related evidence").

The course is built with the learning factories (two lessons, the second with a
two-question check): faster and steadier than the demo content. Skipped without the system
Chromium or Playwright (conftest.py)."""

import re

import pytest

from tests.community.factories import ProfileFactory, UserFactory
from tests.learning.factories import course_build, lessons_of

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct horse battery"
PHONE = {"width": 375, "height": 667}
SERIOUS = ("serious", "critical")
# no sideways scrolling: the page is no wider than the window
SCROLL_WIDTH = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


@pytest.fixture
def course(transactional_db):
    from search import api
    from tests.stories.factories import StoryPageFactory, story_index

    course = course_build(
        modules=1, lessons_per_module=2, checks=(2,), title="Open Government 101", slug="og101"
    )
    user = UserFactory(email="learner@example.org")
    ProfileFactory(user=user, display_name="Lina Learner", visibility="public")
    StoryPageFactory(  # evidence like the lessons ("Budgets are public."), for their pages
        parent=story_index(),
        title="Public budgets in Makueni",
        intro="How a county published its budgets.",
    )
    api.rebuild()
    return course


def _axe_failures(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        f"{page.url}: {v['id']} ({v['impact']}): {v['help']}"
        for v in violations
        if v["impact"] in SERIOUS
    ]


def test_a_reformer_takes_a_course_and_verifies_the_certificate(page, new_context, course):
    from playwright.sync_api import expect

    first, second = lessons_of(course)
    accessibility = []

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill("learner@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    # The catalogue, the course, enrolment: straight to the first lesson.
    page.goto("/learning/")
    accessibility += _axe_failures(page)
    page.get_by_role("link", name="Open Government 101").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Open Government 101")
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)
    expect(page.get_by_text("You are enrolled. Here is where to start.")).to_be_visible()
    page.get_by_role("button", name="Mark this lesson complete").click()

    # The second lesson's knowledge check: no feedback before an attempt.
    expect(page.get_by_role("heading", level=1)).to_have_text(second.title)
    expect(page.get_by_text("Lesson complete.")).to_be_visible()
    assert "feedback" not in page.content()  # neither shown nor hidden in the page
    related = page.get_by_role("region", name="Related evidence")
    expect(related.get_by_role("link", name="Public budgets in Makueni")).to_be_visible()
    accessibility += _axe_failures(page)
    check = page.locator("section.knowledge-check")
    check.get_by_role("radio", name="Beta").check()  # wrong
    check.get_by_role("checkbox", name="Delta").check()  # half right: still wrong
    check.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_text("Not yet: read the feedback and try again.")).to_be_visible()
    check = page.locator("section.knowledge-check")
    expect(check.get_by_text("Not passed yet")).to_be_visible()
    expect(check.get_by_text("Beta feedback 2: not this one.")).to_be_visible()
    check.get_by_role("radio", name="Alpha").check()
    for right in ("Delta", "Epsilon"):
        check.get_by_role("checkbox", name=right).check()
    check.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_text("You passed this knowledge check.")).to_be_visible()
    expect(page.get_by_text("Lesson complete", exact=True)).to_be_visible()

    # On a phone: the lesson fits the screen.
    page.set_viewport_size(PHONE)
    page.goto(second.url)
    scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
    assert scroll_width <= client_width, f"the lesson scrolls sideways at 375 px: {scroll_width}"
    accessibility += _axe_failures(page)

    # The certificate, verified by anyone who has its link.
    page.goto(course.url)
    page.get_by_role("link", name="See your certificate").click()
    expect(page).to_have_url(re.compile(r"/certificates/[A-Za-z0-9_-]{22,}/$"))
    address = page.url
    stranger = new_context().new_page()
    stranger.set_viewport_size(PHONE)
    stranger.goto(address)
    expect(stranger.get_by_role("heading", level=1)).to_have_text("Certificate of completion")
    expect(stranger.get_by_role("status").filter(has_text="Valid.")).to_be_visible()
    expect(stranger.get_by_text("Lina Learner")).to_be_visible()
    expect(stranger.get_by_role("link", name="Open Government 101")).to_be_visible()
    accessibility += _axe_failures(stranger)

    assert not accessibility, "axe-core, serious or critical:\n" + "\n".join(accessibility)
