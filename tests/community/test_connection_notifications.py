"""A connection request tells its recipient, and its acceptance tells the person who asked,
through the notifications list (connection_changed → community.tasks.notify_connection, queued
once the change has committed); a decline tells nobody."""

import pytest

from community import connection_services
from community.models import Notification, NotificationKind
from tests.community.factories import ProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    return tuple(
        ProfileFactory(display_name=name, visibility="members").user for name in ("Ana", "Bo")
    )


def _told(user):
    return list(Notification.objects.filter(recipient=user).values_list("kind", "actor_id"))


def test_a_request_and_its_acceptance_tell_the_other_party(
    pair, django_capture_on_commit_callbacks
):
    ana, bo = pair
    with django_capture_on_commit_callbacks(execute=True):
        connection = connection_services.connection_request(
            sender=ana, recipient_id=bo.pk, message="Shall we compare registers?"
        )
    assert _told(bo) == [(NotificationKind.CONNECTION_REQUEST, ana.pk)]
    assert _told(ana) == []

    with django_capture_on_commit_callbacks(execute=True):
        connection_services.connection_answer(user=bo, connection_id=connection.pk, action="accept")
    assert _told(ana) == [(NotificationKind.CONNECTION_ACCEPTED, bo.pk)]
    assert len(_told(bo)) == 1


def test_a_declined_request_tells_the_asker_nothing(pair, django_capture_on_commit_callbacks):
    ana, bo = pair
    with django_capture_on_commit_callbacks(execute=True):
        connection = connection_services.connection_request(sender=ana, recipient_id=bo.pk)
        connection_services.connection_answer(
            user=bo, connection_id=connection.pk, action="decline"
        )
    assert _told(ana) == []


def test_follows_of_a_community_profile_need_a_connection_and_end_with_a_block(pair):
    from community import notify_services
    from community.models import Follow

    ana, bo = pair
    with pytest.raises(notify_services.NotFollowable):  # members-only, not connected
        notify_services.follow(user=ana, kind_slug="reformer", object_id=bo.profile.pk)
    connection = connection_services.connection_request(sender=ana, recipient_id=bo.pk)
    connection_services.connection_answer(user=bo, connection_id=connection.pk, action="accept")
    notify_services.follow(user=ana, kind_slug="reformer", object_id=bo.profile.pk)
    assert Follow.objects.filter(user=ana).count() == 1

    connection_services.block(blocker=bo, blocked_id=ana.pk)
    assert not Follow.objects.filter(user=ana).exists()
    bo.profile.visibility = "public"
    bo.profile.save()
    with pytest.raises(notify_services.NotFollowable):  # public, but Bo blocked Ana
        notify_services.follow(user=ana, kind_slug="reformer", object_id=bo.profile.pk)
