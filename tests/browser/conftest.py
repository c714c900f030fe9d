"""Browser harness: Playwright (sync API) driving the system Chromium against live_server.

Nothing here downloads a browser. Without /usr/bin/chromium (or the file named by the
CHROMIUM_PATH environment variable) the browser tests are skipped, so `make test` still
passes on a machine without Chromium.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a
# thread with a running loop unless told that it is safe, which it is for these tests.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_PATH = Path(os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DEFAULT_TIMEOUT_MS = 10_000
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def _chromium_missing_reason():
    if CHROMIUM_PATH.is_file() and os.access(CHROMIUM_PATH, os.X_OK):
        return None
    return (
        f"no Chromium at {CHROMIUM_PATH}: install the system package (apt-get install "
        "chromium) or set CHROMIUM_PATH to run the browser tests"
    )


def pytest_collection_modifyitems(config, items):
    """Skip browser tests up front when there is no Chromium (before any database setup)."""
    reason = _chromium_missing_reason()
    if reason:
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(pytest.mark.skip(reason=reason))


def _keep_serialized_rollback_working():
    """Hand the serialized test database to the connections Django uses from now on.

    While Playwright's sync API is active its event loop counts as running in this thread,
    and Django then keeps database connections per async context: the main thread gets new
    connection objects, which lack the `_test_serialized_contents` that serialized_rollback
    reloads from. Without this, every browser test after the first would silently start from
    an empty database (no Wagtail site, so "/" answers 404).
    """
    from django.db import connections

    contents = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }

    def restore():
        for alias, serialized in contents.items():
            connections[alias]._test_serialized_contents = serialized

    return restore


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """One Chromium for the whole session, started lazily by the first browser test."""
    reason = _chromium_missing_reason()
    if reason:
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    restore_serialized_rollback = _keep_serialized_rollback_working()
    with sync_api.sync_playwright() as playwright:
        restore_serialized_rollback()
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM_PATH), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_context(browser, live_server):
    """Makes fresh browser contexts (own cookies, so own session) rooted at the live server.

    Call it again inside a test for a second, independent visitor."""
    contexts = []

    def make():
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        context.set_default_navigation_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """A page in a new, anonymous browser context; relative URLs go to the live server."""
    page = new_context().new_page()
    page.set_default_timeout(DEFAULT_TIMEOUT_MS)
    return page


@pytest.fixture
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR
