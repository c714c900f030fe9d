"""The demo partnership (community/demo): the README's demo reformer account has a profile,
so signing in with it opens the dashboard, not an empty profile form."""

import pytest

from community.demo.loader import DEMO_PASSWORD, REFORMER_EMAIL, load_partnership
from community.models import ReformerProfile
from tests import shared_data

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_module(request, django_db_blocker):
    """The demo partnership, loaded once for the module (tests/shared_data.py, "module
    datasets"); each test runs in a savepoint inside it."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        shared_data.vocabulary()
        load_partnership()
        yield dataset.built()


@pytest.fixture
def demo(demo_module, db):
    """The demo partnership, as load_partnership() leaves it."""


def test_the_readme_reformer_has_a_public_profile_and_a_dashboard(client, demo):
    profile = ReformerProfile.objects.get(user__email=REFORMER_EMAIL)
    assert profile.visibility == ReformerProfile.Visibility.PUBLIC
    assert profile.challenge_areas.exists() and profile.country is not None

    assert client.login(email=REFORMER_EMAIL, password=DEMO_PASSWORD)
    response = client.get("/dashboard/")
    assert response.status_code == 200
    assert response.context["profile"] == profile


def test_the_readme_point_of_contact_keeps_a_member_with_updates_and_evidence(client, demo):
    from community.demo.loader import CONTACT_EMAIL
    from community.models import EvidenceLink, PointOfContact, ProgressUpdate

    load_partnership()  # a second run adds nothing
    seat = PointOfContact.objects.get(user__email=CONTACT_EMAIL)
    assert ProgressUpdate.objects.filter(commitment__action_plan__member=seat.member).count() == 2
    assert (
        EvidenceLink.objects.filter(milestone__commitment__action_plan__member=seat.member).count()
        == 2
    )
    assert client.login(email=CONTACT_EMAIL, password=DEMO_PASSWORD)
    assert client.get(f"/workspace/{seat.member.slug}/").status_code == 200
    page = client.get("/commitments/SAMPLE-CHL-003/").content.decode()
    assert "Progress update" in page and "Milestone done" in page


def test_the_readme_reformer_has_a_network_with_every_part(client, demo):
    from community.models import Connection

    load_partnership()  # a second run adds nothing
    assert Connection.objects.count() == 4
    assert client.login(email=REFORMER_EMAIL, password=DEMO_PASSWORD)
    page = client.get("/network/").content.decode()
    for name in ("Adaeze Okonkwo", "Tomás Restrepo Aguilar", "Oksana Melnychuk"):
        assert name in page
    connected = ReformerProfile.objects.get(user__email="adaeze.okonkwo@example.org")
    assert "adaeze.okonkwo@example.org" in client.get(connected.get_absolute_url()).content.decode()


def test_the_readme_reformer_follows_areas_a_member_a_commitment_and_a_connection(client, demo):
    from community.models import Follow

    load_partnership()  # a second run adds nothing
    follows = Follow.objects.filter(user__email=REFORMER_EMAIL)
    assert sorted(f.content_type.model for f in follows) == [
        "challengearea",
        "challengearea",
        "commitment",
        "member",
        "reformerprofile",
    ]
    assert client.login(email=REFORMER_EMAIL, password=DEMO_PASSWORD)
    page = client.get("/commitments/SAMPLE-CHL-001/").content.decode()
    assert "Following" in page
