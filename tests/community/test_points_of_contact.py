"""The one rule for changing a member's records: staff, and the member's points of contact."""

from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError

import pytest

from community.models import PointOfContact
from community.permissions import can_edit_member
from tests.community.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def members():
    return MemberFactory(), MemberFactory()


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("anonymous", False),
        ("reformer", False),
        ("contact of this member", True),
        ("contact of another member", False),
        ("deactivated contact", False),
        ("staff", True),
        ("deactivated staff", False),
    ],
)
def test_who_may_edit_a_member(members, who, allowed):
    member, other = members
    if who == "anonymous":
        user = AnonymousUser()
    else:
        user = UserFactory(is_staff="staff" in who, is_active="deactivated" not in who)
        if "contact" in who:
            PointOfContact.objects.create(
                member=member if "this" in who or "deactivated" in who else other, user=user
            )
    assert can_edit_member(user, member) is allowed


def test_nobody_edits_no_member():
    assert can_edit_member(UserFactory(is_staff=True), None) is False


def test_a_person_is_a_members_contact_once(members):
    user = UserFactory()
    PointOfContact.objects.create(member=members[0], user=user)
    PointOfContact.objects.create(member=members[1], user=user)  # two members: fine
    with pytest.raises(IntegrityError):
        PointOfContact.objects.create(member=members[0], user=user)
