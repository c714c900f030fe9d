"""Who may open what in the awards: every role (anonymous, nominator, nominee, juror,
conflicted juror, editor, staff) against every URL the app adds (its pages, its views, the
jurors' screens and its admin screens)."""

import copy

import pytest

from awards import services
from awards.models import ConflictDeclaration, JurorAssignment, NominationFile
from tests import shared_data
from tests.awards.factories import NominationFactory, juror_seat, png_upload, programme_build
from tests.community.factories import CountryFactory, ProfileFactory, UserFactory
from tests.media import module_media

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "nominator", "nominee", "juror", "conflicted juror", "editor", "staff"]
ALLOWED, DENIED, NOT_FOUND, REDIRECT, NOT_ALLOWED = "allowed", "denied", "404", "302", "405"
STAFF_ONLY = (DENIED, DENIED, DENIED, DENIED, ALLOWED)
EVERYONE = (ALLOWED,) * 5
NOMINATOR_ONLY = (DENIED, ALLOWED, NOT_FOUND, NOT_FOUND, NOT_FOUND)
JUROR_ONLY = (DENIED, NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND, NOT_FOUND, NOT_FOUND)


def _with_jurors(outcomes: tuple) -> tuple:
    """A row of the nomination side (anonymous, nominator, nominee, editor, staff) with the
    two jurors added: they get what the editor gets (signed in, not the nominator)."""
    if len(outcomes) == len(ROLES):
        return outcomes
    anonymous, nominator, nominee, editor, staff = outcomes
    return (anonymous, nominator, nominee, editor, editor, editor, staff)


# (method, url) -> outcome per role (anonymous, nominator, nominee, [juror, conflicted juror,]
# editor, staff); the jurors sit on the programme's jury, the juror is given the nomination
# to score, the conflicted juror is from the nominee's country
MATRIX = {
    ("get", "/awards/"): EVERYONE,
    ("get", "{programme.url}"): EVERYONE,
    ("get", "/fr{programme.url}"): EVERYONE,
    ("get", "/awards/{programme.slug}/nominate/"): (DENIED,) + (ALLOWED,) * 4,
    ("get", "/awards/no-such-programme/nominate/"): (NOT_FOUND,) * 5,
    ("get", "/awards/nominations/"): (DENIED,) + (ALLOWED,) * 4,
    ("get", "/awards/nominations/{nomination.pk}/"): NOMINATOR_ONLY,
    ("post", "/awards/nominations/{nomination.pk}/"): (DENIED, "400", NOT_FOUND, NOT_FOUND,
                                                       NOT_FOUND),
    ("get", "/awards/nominations/{nomination.pk}/withdraw/"): (NOT_ALLOWED,) * 5,
    ("post", "/awards/nominations/{nomination.pk}/withdraw/"): (DENIED, REDIRECT, NOT_FOUND,
                                                                NOT_FOUND, NOT_FOUND),
    ("get", "/awards/nominations/{nomination.pk}/decline/"): (DENIED, NOT_FOUND, ALLOWED,
                                                              NOT_FOUND, NOT_FOUND),
    ("post", "/awards/nominations/{nomination.pk}/decline/"): (DENIED, NOT_FOUND, REDIRECT,
                                                               NOT_FOUND, NOT_FOUND),
    ("get", "/awards/files/{file.name}"): (NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND,
                                           NOT_FOUND, ALLOWED),
    ("get", "/awards/records/?kind=reformer&q=nominee"): EVERYONE,
    ("get", "/admin/awards/nominations/"): STAFF_ONLY,
    ("get", "/admin/awards/nominations/?state=submitted"): STAFF_ONLY,
    ("get", "/admin/awards/nominations/eligibility/{nomination.pk}/"): STAFF_ONLY,
    ("get", "/admin/awards/nominations/inspect/{nomination.pk}/"): STAFF_ONLY,
    ("get", "/admin/awards/nominations/edit/{nomination.pk}/"): (DENIED,) * 5,
    ("get", "/admin/awards/jurors/"): STAFF_ONLY,
    ("get", "/admin/awards/jurors/new/"): STAFF_ONLY,
    ("get", "/admin/awards/assignments/"): STAFF_ONLY,
    ("get", "/admin/awards/audit/"): STAFF_ONLY,
    ("get", "/admin/awards/audit/edit/1/"): (DENIED,) * 5,  # read-only, staff too
    # the juror's screens
    ("get", "/awards/jury/"): (DENIED,) + (ALLOWED,) * 6,
    ("get", "/awards/jury/{nomination.pk}/"): JUROR_ONLY,
    ("post", "/awards/jury/{nomination.pk}/"): (DENIED, NOT_FOUND, NOT_FOUND, "400", NOT_FOUND,
                                                NOT_FOUND, NOT_FOUND),  # an empty sheet
    ("get", "/fr/awards/jury/{nomination.pk}/"): JUROR_ONLY,
    ("get", "/awards/jury/{nomination.pk}/conflict/"): JUROR_ONLY,
    ("post", "/awards/jury/{nomination.pk}/conflict/"): (DENIED, NOT_FOUND, NOT_FOUND, REDIRECT,
                                                         NOT_FOUND, NOT_FOUND, NOT_FOUND),
    # staff's jury screens
    ("get", "/admin/awards/jury/"): STAFF_ONLY,
    ("get", "/admin/awards/jury/{programme.pk}/"): STAFF_ONLY,
    ("post", "/admin/awards/jury/{programme.pk}/"): (DENIED,) * 4 + (REDIRECT,),
    ("get", "/admin/awards/jury/{programme.pk}/ranking/"): STAFF_ONLY,
    ("post", "/admin/awards/jury/{programme.pk}/ranking/"): (DENIED,) * 4 + (REDIRECT,),
    ("get", "/admin/awards/jury/{programme.pk}/nominations.csv"): STAFF_ONLY,
    ("get", "/admin/awards/jury/{programme.pk}/scores.csv"): STAFF_ONLY,
}  # fmt: skip
MATRIX = {request: _with_jurors(outcomes) for request, outcomes in MATRIX.items()}


@pytest.fixture(scope="module", autouse=True)
def _media_root(tmp_path_factory):
    """One folder of nomination files (and of media, photos) for the module, instead of one
    per test (tests/conftest.py, tests/awards/conftest.py): the dataset's file is there for
    every test."""
    with module_media(tmp_path_factory):
        yield


@pytest.fixture
def _award_files():
    """The module's folder (above), not one per test."""


def _build_world() -> dict:
    from wagtail.models import Locale

    from community.permissions import editors_group_ensure
    from tests.stories.factories import home_page

    editor = UserFactory(email="editor@example.org")
    editor.groups.add(editors_group_ensure())
    staff = UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    nominator = UserFactory(email="nominator@example.org")
    country = CountryFactory(iso3="KEN")
    nominee = ProfileFactory(display_name="The Nominee", visibility="public", country=country)
    programme = programme_build(jurors_per_nomination=1)
    home_page().copy_for_translation(
        Locale.objects.get(language_code="fr")
    ).save_revision().publish()
    nomination = NominationFactory(
        programme=programme, nominator=nominator, kind="reformer", commitment=None,
        reformer=nominee, title="The Nominee",
    )  # fmt: skip
    stored = NominationFile(
        nomination=nomination, original_name="a.png", content_type="image/png", size=1
    )
    stored.file.save("a.png", png_upload(), save=False)
    stored.save()
    nomination.state = "eligible"
    nomination.save()
    juror = juror_seat(programme).user
    conflicted = juror_seat(programme, country=country).user
    services.assign_automatically(programme=programme, by=staff)
    assert ConflictDeclaration.objects.filter(juror=conflicted, nomination=nomination).exists()
    assert JurorAssignment.objects.get(nomination=nomination).juror == juror
    people = {"anonymous": None, "nominator": nominator, "nominee": nominee.user,
              "juror": juror, "conflicted juror": conflicted, "editor": editor,
              "staff": staff}  # fmt: skip
    return {"people": people, "programme": programme, "nomination": nomination, "file": stored}


@pytest.fixture(scope="module")
def world_module(request, _media_root, django_db_blocker):
    """Built once for the module's 259 requests (tests/shared_data.py, "module datasets"):
    each test runs in a savepoint inside it, so what a request changes goes with the test."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(_build_world())


@pytest.fixture
def world(world_module, db):
    return copy.deepcopy(world_module)


def outcome(response):
    code = response.status_code
    if code == 200:
        return ALLOWED
    if code == 302:
        location = response["Location"]
        if "login" in location or location.rstrip("/").endswith("/admin"):
            return DENIED
        return REDIRECT
    if code == 403:
        return DENIED
    return str(code)


@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
@pytest.mark.parametrize("request_", list(MATRIX), ids=lambda r: f"{r[0]} {r[1]}")
def test_permission_matrix(client, world, request_, role_index):
    method, url = request_
    url = url.format(**world)
    role = ROLES[role_index]
    if world["people"][role] is not None:
        client.force_login(world["people"][role])
    response = getattr(client, method)(url)
    assert outcome(response) == MATRIX[request_][role_index], f"{role} {method} {url}"
