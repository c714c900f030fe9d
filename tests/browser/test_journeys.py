"""End-to-end journeys in a real browser: signing up, building a profile. (axe-core on every
page type: test_page_types.py.)

Run just these with `pytest tests/browser` (or `-m browser`); they are skipped when the system
Chromium is missing. See conftest.py for the harness.
"""

import re
from urllib.parse import urlsplit

import pytest

# Transactional, as live_server needs; serialized_rollback restores what the data migrations
# made (the Wagtail site and its home page) before each test, since the flush between
# transactional tests removes it.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/[^\s/]+/?")
# allauth labels its fields "Email:", "Password:"; tolerate the colon either way.
EMAIL_LABEL = re.compile(r"^Email:?$")
PASSWORD_LABEL = re.compile(r"^Password:?$")


def _expect():
    from playwright.sync_api import expect

    return expect


@pytest.fixture
def vocabulary(transactional_db):
    from community.services import vocabulary_ensure

    return vocabulary_ensure()


def _confirmation_path(mailoutbox, email):
    messages = [m for m in mailoutbox if email in m.to]
    assert messages, f"no e-mail to {email}; outbox: {[(m.to, m.subject) for m in mailoutbox]}"
    match = CONFIRMATION_LINK.search(messages[-1].body)
    assert match, f"no confirmation link in:\n{messages[-1].body}"
    # The link's host comes from the request or the site settings; the path is what matters.
    return urlsplit(match.group(0)).path


def test_a_new_reformer_signs_up_builds_a_public_profile_and_appears_in_the_directory(
    page, new_context, live_server, mailoutbox, vocabulary
):
    expect = _expect()
    email, password = "ana.reformer@example.org", "a long and unusual passphrase 42"
    name, headline = "Ana Reformer", "Leads the open contracting unit"

    # Sign up.
    page.goto("/accounts/signup/")
    page.get_by_label(EMAIL_LABEL).fill(email)
    page.get_by_label(PASSWORD_LABEL).fill(password)
    page.get_by_label(re.compile(r"Password \(again\)")).fill(password)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("verify", re.I))

    # Confirm the address from the e-mail.
    page.goto(_confirmation_path(mailoutbox, email))
    page.get_by_role("button", name="Confirm").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/confirm-email/"))
    if urlsplit(page.url).path.startswith("/accounts/login/"):
        # Not logged in by the confirmation (e.g. another browser session): sign in.
        page.get_by_label(EMAIL_LABEL).fill(email)
        page.get_by_label(PASSWORD_LABEL).fill(password)
        page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    # Fill in the profile.
    page.goto("/profile/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My reformer profile")
    page.get_by_role("textbox", name="Name", exact=True).fill(name)
    page.get_by_role("textbox", name="Headline").fill(headline)
    page.get_by_role("combobox", name="Sector").select_option(label="Civil society")
    areas = page.get_by_role("group", name="Challenge areas")
    areas.get_by_role("checkbox", name="Anti-corruption", exact=True).check()
    visibility = page.get_by_role("group", name="Who can see your profile")
    visibility.get_by_role("radio", name=re.compile(r"^Public")).check()
    page.get_by_role("button", name="Save my profile").click()

    expect(page).to_have_url(re.compile(r"/reformers/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.get_by_text(headline)).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")

    # An anonymous visitor finds the public profile in the directory.
    visitor = new_context().new_page()
    visitor.goto("/reformers/")
    expect(visitor.get_by_role("button", name="Sign out")).to_have_count(0)
    results = visitor.get_by_role("region", name="Results")
    expect(results.get_by_role("link", name=name)).to_be_visible()
    expect(results.get_by_text(headline)).to_be_visible()
