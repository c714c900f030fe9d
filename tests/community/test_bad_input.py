"""Malformed query parameters never cause a 500: they are ignored, corrected or a 404."""

import pytest

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = [
    "",
    "abc",
    "-1",
    "0",
    "99999999999999999999999",
    "1e9",
    "\x01",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "é" * 300,
    "a" * 10_000,
    "[]",
    "{}",
    # Unicode digits (str.isdigit() is true, int() refuses them) and ids beyond 64 bits
    "²",
    "①",
    "₁",
    "፩",
    str(2**64),
]
LISTS = {
    "/challenge-areas/justice/": ["page", "region", "member", "status", "starred"],
    "/commitments/": ["page", "area", "theme", "region", "member", "status", "starred"],
    "/members/": ["page", "region", "kind"],
    "/reformers/": ["page", "q", "sector", "area", "theme", "country"],
}


@pytest.mark.parametrize("url", list(LISTS))
def test_every_parameter_of_every_list_survives_hostile_values(client, vocab, url):
    for param in LISTS[url]:
        for value in HOSTILE_VALUES:
            response = client.get(url, {param: value})
            assert response.status_code == 200, (url, param, value[:40])
        response = client.get(url, {param: HOSTILE_VALUES[:4]})  # repeated parameter
        assert response.status_code == 200, (url, param, "repeated")


@pytest.mark.parametrize(
    "url",
    [
        "/commitments/" + "A" * 5000 + "/",
        "/commitments/A%20B/",
        "/commitments/..%2F..%2Fetc/",
        "/members/" + "x" * 300 + "/",
        "/reformers/nobody/",
        "/challenge-areas/%F0%9F%92%A5/",
    ],
)
def test_odd_addresses_are_404(client, db, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/commitments/%00/", "/members/?region=%00", "/reformers/?q=a%00b", "/stories/?page=%00",
     "/fr/commitments/?area=%00"],
)  # fmt: skip
def test_a_null_byte_anywhere_in_the_address_is_a_400(client, db, url):
    # PostgreSQL refuses NUL in strings; without this it would be a 500 there.
    response = client.get(url)
    assert response.status_code == 400
    assert b"null character" in response.content


@pytest.mark.parametrize(
    ("field", "value"),
    [("themes", str(2**64)), ("themes", "-" + "9" * 30), ("challenge_areas", str(2**63)),
     ("country", "9" * 30), ("themes", "²"), ("languages", "①")],
)  # fmt: skip
def test_a_profile_with_an_impossible_choice_is_refused_and_keeps_its_input(
    client, vocab, reformer, field, value
):
    # An id beyond 64 bits made SQLite raise OverflowError (a 500) inside `pk IN (...)`.
    from community.models import ReformerProfile

    client.force_login(reformer)
    data = {"display_name": "Ana Reformer", "headline": "Open contracts", "sector": "government",
            "visibility": "public", field: [value]}  # fmt: skip
    response = client.post("/profile/", data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert b"Open contracts" in response.content  # nothing the user typed is lost
    assert not ReformerProfile.objects.filter(user=reformer, display_name="Ana Reformer").exists()
