from django.core.management import call_command

import pytest

from community.models import ActionPlan, Commitment, Member, ReformerProfile, User
from opengov.models import HomePage
from stories.models import StoryIndexPage, StoryPage

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "members": Member.objects.count(),
        "plans": ActionPlan.objects.count(),
        "commitments": Commitment.objects.count(),
        "profiles": ReformerProfile.objects.count(),
        "users": User.objects.count(),
        "home_pages": HomePage.objects.count(),
        "story_indexes": StoryIndexPage.objects.live().count(),
        "stories": StoryPage.objects.live().count(),
        "titles": sorted(Commitment.objects.values_list("public_id", "title")),
    }


def test_load_demo_builds_a_believable_partnership_idempotently(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = _snapshot()
    assert first["members"] >= 25
    assert first["commitments"] >= 120
    assert first["profiles"] >= 30
    assert first["home_pages"] == 3  # English, French, Spanish
    assert first["story_indexes"] == 3
    assert StoryPage.objects.filter(locale__language_code="en").count() >= 40
    assert StoryPage.objects.filter(locale__language_code="fr").count() >= 5
    assert StoryPage.objects.filter(locale__language_code="es").count() >= 5
    for name in ("Colombia", "Ghana", "Honduras", "Indonesia", "Kenya", "Nigeria", "Philippines"):
        assert Member.objects.filter(name=name, kind="national").exists(), name
    assert Member.objects.filter(kind="local").count() >= 3
    assert set(ReformerProfile.objects.values_list("visibility", flat=True)) == {
        "public", "members", "private"}  # fmt: skip
    assert Commitment.objects.filter(irm_starred=True).exists()
    assert Commitment.objects.filter(irm_starred__isnull=True).exists()

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _snapshot() == first

    # The demo accounts the README promises work.
    assert client.login(email="admin@example.org", password="opengov-admin")
    assert client.get("/admin/").status_code == 200
    french = client.get("/fr/")
    assert french.status_code == 200
    assert french.context["page"].locale.language_code == "fr"
