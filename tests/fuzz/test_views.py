"""Property-based fuzzing of every registered view (registry.py): hostile values for every
parameter its forms read, repeated parameters, odd path segments, in every language, as a
visitor and as a signed-in reformer. Whatever arrives, the answer is never a 500 (the test
client re-raises a view's exception, so a failure shows its traceback and the example)."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from .registry import GET_TARGETS, REFORMER
from .strategies import FUZZ, every_parameter_at_once, params_for

pytestmark = pytest.mark.django_db

LANGUAGE_PREFIXES = ("", "/fr", "/es")


def as_role(client, world, role):
    if role == REFORMER:
        client.force_login(world.reformer)
    else:
        client.logout()


def with_examples(check, fields, target, *, posted):
    """The troublesome values in every parameter at once, for every role, before the rest."""
    for params in every_parameter_at_once(fields, target.extra, posted=posted):
        for role in target.roles:
            check = example(params=params, role=role, segment=None, prefix="")(check)
    return check


def targets(method):
    return [pytest.param(t, id=t.name) for t in GET_TARGETS if method in t.methods]


@pytest.mark.parametrize("target", targets("GET"))
def test_no_query_string_is_a_500(fuzz_client, world, target):
    fields = target.params(world)

    @FUZZ
    @given(
        params=params_for(fields, target.extra),
        role=st.sampled_from(target.roles),
        segment=st.sampled_from((None, *target.segments)),
        prefix=st.sampled_from(LANGUAGE_PREFIXES),
    )
    def check(params, role, segment, prefix):
        as_role(fuzz_client, world, role)
        path = prefix + target.path(world, segment)
        response = fuzz_client.get(path, params)
        assert response.status_code < 500, (role, path, params)

    with_examples(check, fields, target, posted=False)()


@pytest.mark.parametrize("target", targets("POST"))
def test_no_posted_form_is_a_500(fuzz_client, world, target):
    fields = (target.posted or target.params)(world)

    @FUZZ
    @given(
        params=params_for(fields, target.extra, posted=True),
        role=st.sampled_from(target.roles),
        segment=st.just(None),
        prefix=st.sampled_from(LANGUAGE_PREFIXES),
    )
    def check(params, role, segment, prefix):
        as_role(fuzz_client, world, role)
        path = prefix + target.path(world, segment)
        response = fuzz_client.post(path, {**target.base(world), **params})
        assert response.status_code < 500, (role, path, params)

    with_examples(check, fields, target, posted=True)()
