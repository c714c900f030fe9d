"""Who may open what: every role against every URL that is not public."""

import copy

import pytest

from tests import shared_data
from tests.community.factories import ProfileFactory, UserFactory
from tests.media import module_media

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "reformer", "owner", "editor", "staff"]
ALLOWED, DENIED, NOT_FOUND = "allowed", "denied", "not found"


def _photo(name: str) -> str:
    """A stored photo under a known name (names are random in real life)."""
    import io

    from django.core.files.base import ContentFile

    from PIL import Image

    from community.photos import photo_storage

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="JPEG")
    return photo_storage.save(name, ContentFile(buffer.getvalue()))


def _build_world() -> dict:
    from community.permissions import editors_group_ensure

    editor = UserFactory(email="editor@example.org")
    editor.groups.add(editors_group_ensure())
    people = {
        "anonymous": None,
        "reformer": UserFactory(email="reformer@example.org"),
        "owner": UserFactory(email="owner@example.org"),
        "editor": editor,
        "staff": UserFactory(email="staff@example.org", is_staff=True, is_superuser=True),
    }
    ProfileFactory(slug="pub", visibility="public", photo=_photo(PUB_PHOTO))
    ProfileFactory(slug="mem", visibility="members", photo=_photo(MEM_PHOTO))
    ProfileFactory(
        slug="priv", visibility="private", user=people["owner"], photo=_photo(PRIV_PHOTO)
    )
    return people


@pytest.fixture(scope="module", autouse=True)
def _media_root(tmp_path_factory):
    """One photo folder for the module instead of one per test (tests/conftest.py), so that
    the dataset's photos are there for every test."""
    with module_media(tmp_path_factory):
        yield


@pytest.fixture(scope="module")
def people_module(request, _media_root, django_db_blocker):
    """The five roles and three profiles, built once for the module's matrix
    (tests/shared_data.py, "module datasets"); each test runs in a savepoint inside it."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(_build_world())


@pytest.fixture
def people(people_module, db):
    return copy.deepcopy(people_module)


PUB_PHOTO, MEM_PHOTO, PRIV_PHOTO = (f"{k}PhotoOfTheProfile0.jpg" for k in ("pub", "mem", "prv"))


# url -> expected outcome per role (anonymous, reformer, owner, editor, staff)
MATRIX = {
    "/profile/": (DENIED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    "/reformers/pub/": (ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    "/reformers/mem/": (NOT_FOUND, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    "/reformers/priv/": (NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED),
    f"/reformers/photos/{PUB_PHOTO}": (ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    f"/reformers/photos/{MEM_PHOTO}": (NOT_FOUND, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    f"/reformers/photos/{PRIV_PHOTO}": (NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED),
    "/reformers/photos/noSuchPhotoOfAnyone00.jpg": (NOT_FOUND,) * 5,
    "/profile/data.json": (DENIED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    "/profile/delete/": (DENIED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    "/admin/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/commitment/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/commitment/add/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/member/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/actionplan/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/challengearea/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/theme/add/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/region/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/country/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/snippets/community/reformerprofile/": (DENIED, DENIED, DENIED, DENIED, ALLOWED),
    "/admin/snippets/choose/community/reformerprofile/": (DENIED, DENIED, DENIED, ALLOWED, ALLOWED),
    "/admin/users/": (DENIED, DENIED, DENIED, DENIED, ALLOWED),
    "/admin/locales/": (DENIED, DENIED, DENIED, DENIED, ALLOWED),
}


def outcome(response):
    if response.status_code == 200:
        return ALLOWED
    if response.status_code == 404:
        return NOT_FOUND
    if response.status_code == 403:
        return DENIED
    if response.status_code == 302:
        location = response["Location"]
        assert "login" in location or location.rstrip("/").endswith("/admin"), location
        return DENIED
    raise AssertionError(f"unexpected status {response.status_code}")


@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
@pytest.mark.parametrize("url", list(MATRIX))
def test_permission_matrix(client, people, url, role_index):
    role = ROLES[role_index]
    if people[role] is not None:
        client.force_login(people[role])
    response = client.get(url)
    assert outcome(response) == MATRIX[url][role_index], f"{role} on {url}"


def test_an_editor_can_create_a_commitment_through_the_admin(client, editor, vocab):
    from tests.community.factories import ActionPlanFactory

    plan = ActionPlanFactory()
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/community/commitment/add/",
        {
            "public_id": "KE0099",
            "action_plan": plan.pk,
            "title": "Legal aid hotline",
            "status": "in_progress",
            "challenge_areas": [vocab["areas"]["justice"].pk],
            "milestones-TOTAL_FORMS": "1",
            "milestones-INITIAL_FORMS": "0",
            "milestones-MIN_NUM_FORMS": "0",
            "milestones-MAX_NUM_FORMS": "1000",
            "milestones-0-title": "Hire ten paralegals",
            "milestones-0-ORDER": "1",
            "milestones-0-id": "",
            "milestones-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    from community.models import Commitment

    commitment = Commitment.objects.get(public_id="KE0099")
    assert [m.title for m in commitment.milestones.all()] == ["Hire ten paralegals"]
    assert [a.slug for a in commitment.challenge_areas.all()] == ["justice"]
