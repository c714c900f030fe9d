"""The fuzz registry keeps up with the site: a new address, page type or page route that is
not registered fails here, and so does a form field that could reach the database with a
key it cannot hold, or a view that reads the request's parameters outside a form."""

import re
from pathlib import Path

from django import forms
from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

import pytest

from community.fields import BoundedKeysMixin

from .registry import GET_TARGETS, NOT_FUZZED

ROOT = Path(__file__).resolve().parents[2]
OUR_APPS = (
    "opengov",
    "community",
    "guide",
    "stories",
    "resources",
    "search",
    "learning",
    "awards",
)
REGISTERED = {target.name for target in GET_TARGETS}


def _url_names(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            if str(pattern.pattern).startswith("admin/"):
                continue  # Wagtail's admin: staff only, its own forms and tests
            yield from _url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            yield f"{namespace}{pattern.name}"


def _page_routes():
    for model in get_page_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        if issubclass(model, RoutablePageMixin):
            for route in model.get_subpage_urls():
                if route.name != "index_route":  # the mixin's default, shadowed by ours
                    yield f"{model.__name__}:{route.name}"
        else:
            yield f"{model.__name__}:serve"


def test_every_address_of_the_urlconf_is_fuzzed_or_says_why_not():
    names = set(_url_names(get_resolver().url_patterns))
    missing = names - REGISTERED - set(NOT_FUZZED)
    assert not missing, f"add these to tests/fuzz/registry.py: {sorted(missing)}"
    assert not set(NOT_FUZZED) - names, "NOT_FUZZED names an address that no longer exists"


def test_every_page_type_and_route_is_fuzzed():
    routes = set(_page_routes())
    assert routes, "no page model found"
    missing = routes - REGISTERED
    assert not missing, f"add these to tests/fuzz/registry.py: {sorted(missing)}"


@pytest.mark.django_db
def test_every_model_choice_of_a_fuzzed_form_refuses_keys_the_database_cannot_hold(world):
    unbounded = []
    for target in GET_TARGETS:
        for source in {target.params, target.posted or target.params}:
            for name, field in source(world).items():
                field = getattr(field, "child", field)
                if isinstance(field, forms.ModelChoiceField) and not isinstance(
                    field, BoundedKeysMixin
                ):
                    unbounded.append(f"{target.name}: {name}")
    assert not unbounded, f"use community.fields' bounded fields for: {unbounded}"


# A request parameter read by hand skips the forms (and so the fuzzing). The page number is
# the one exception: Paginator.get_page() turns any string into a real page. `isdigit()`
# before `int()` is the bug of issue 9 (true for "²", which int() refuses) in any module that
# handles requests.
READ_BY_HAND = re.compile(r"request\.(GET|POST)(\.get\(|\.getlist\(|\[)")
ISDIGIT = re.compile(r"\.isdigit\(\)")
ALLOWED = re.compile(r"get_page\(request\.GET\.get\(\"page\"\)\)")


def test_no_view_reads_a_request_parameter_outside_a_form():
    offenders = []
    for app in OUR_APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts or "engines" in path.parts:
                continue  # search engines read words of text, not request parameters
            text = path.read_text()
            handles_requests = "request" in text
            for number, line in enumerate(text.splitlines(), 1):
                by_hand = READ_BY_HAND.search(line) and not ALLOWED.search(line)
                if by_hand or (handles_requests and ISDIGIT.search(line)):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "read these through a form (community/fields.py):\n" + "\n".join(
        offenders
    )
