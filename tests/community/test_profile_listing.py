"""The directory lists from the profile's own copy of its visibility and its account's
activation (ReformerProfile.listed_public / listed_members): every change to either shows in
the list at once, and a closed, private or deleted account is never listed."""

import pytest

from community import services
from community.models import ReformerProfile, User
from tests.community.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def _listed(client):
    return client.get("/reformers/").content.decode()


def test_a_deactivated_account_leaves_the_directory_at_once_and_returns(client):
    profile = ProfileFactory(display_name="Ada Listed", visibility="public")
    assert "Ada Listed" in _listed(client)
    user = profile.user
    user.is_active = False
    user.save()
    assert "Ada Listed" not in _listed(client)
    user.is_active = True
    user.save(update_fields=["is_active"])
    assert "Ada Listed" in _listed(client)


def test_a_private_profile_leaves_the_directory_for_everyone(client):
    profile = ProfileFactory(display_name="Bea Listed", visibility="members")
    viewer = UserFactory()
    client.force_login(viewer)
    assert "Bea Listed" in _listed(client)
    profile.visibility = ReformerProfile.Visibility.PRIVATE
    profile.save(update_fields=["visibility"])
    assert "Bea Listed" not in _listed(client)
    client.logout()
    assert "Bea Listed" not in _listed(client)


def test_community_only_profiles_are_listed_to_signed_in_readers_only(client):
    ProfileFactory(display_name="Cai Listed", visibility="members")
    assert "Cai Listed" not in _listed(client)
    client.force_login(UserFactory())
    assert "Cai Listed" in _listed(client)


def test_a_deleted_account_leaves_the_directory(client):
    profile = ProfileFactory(display_name="Dee Listed", visibility="public")
    assert "Dee Listed" in _listed(client)
    services.account_delete(user=profile.user)
    assert "Dee Listed" not in _listed(client)


@pytest.mark.parametrize("visibility", ["public", "members", "private"])
@pytest.mark.parametrize("is_active", [True, False])
def test_the_copy_is_the_live_rule(visibility, is_active):
    profile = ProfileFactory(visibility=visibility, user=UserFactory(is_active=is_active))
    profile.refresh_from_db()
    assert profile.listed_public == (is_active and visibility == "public")
    assert profile.listed_members == (is_active and visibility in ("public", "members"))
    # an account saved by another path (the admin's form, a shell) keeps it too
    User.objects.get(pk=profile.user_id).save()
    profile.refresh_from_db()
    assert profile.listed_members == (is_active and visibility in ("public", "members"))


def test_the_home_pages_reformer_figure_follows_the_listing_at_once_from_its_index():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from community.selectors import partnership_figures

    profile = ProfileFactory(visibility="public")
    ProfileFactory(visibility="members")
    assert partnership_figures()["reformers"] == 1
    profile.user.is_active = False
    profile.user.save(update_fields=["is_active"])
    assert partnership_figures()["reformers"] == 0
    profile.user.is_active = True
    profile.user.save(update_fields=["is_active"])
    assert partnership_figures()["reformers"] == 1
    if connection.vendor == "sqlite":
        # counted in the directory's index, not every profile joined to its account (60 ms
        # at 100,000 profiles)
        with CaptureQueriesContext(connection) as queries:
            partnership_figures()
        (sql,) = [q["sql"] for q in queries if "community_reformerprofile" in q["sql"]]
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = " | ".join(row[-1] for row in cursor.fetchall())
        assert "COVERING INDEX profile_public_idx" in plan, plan
