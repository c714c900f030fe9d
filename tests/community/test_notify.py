"""Follows, notifications, the weekly digest and unsubscribing (community.notify_*)."""

import datetime

from django.core import mail, signing
from django.utils import timezone, translation

import pytest
import time_machine

from community import notify_selectors, notify_services
from community.models import (
    DigestSent,
    EmailPreferences,
    Follow,
    Notification,
    NotificationKind,
    ReformerProfile,
)
from community.workspace_services import progress_update_create
from core import outbox
from tests.community.factories import (
    CommitmentFactory,
    MemberFactory,
    ProfileFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Visibility = ReformerProfile.Visibility


def _follow(user, kind, obj):
    return notify_services.follow(user=user, kind_slug=kind, object_id=obj.pk)


# --- follows --------------------------------------------------------------------------------


def test_following_twice_keeps_one_row_and_unfollowing_removes_it(reformer, vocab):
    area = vocab["areas"]["justice"]
    _follow(reformer, "challenge-area", area)
    _follow(reformer, "challenge-area", area)
    assert Follow.objects.filter(user=reformer).count() == 1
    notify_services.unfollow(user=reformer, kind_slug="challenge-area", object_id=area.pk)
    notify_services.unfollow(user=reformer, kind_slug="challenge-area", object_id=area.pk)
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    ("visibility", "active", "connected", "allowed"),
    [
        (Visibility.PUBLIC, True, False, True),
        (Visibility.MEMBERS, True, False, False),
        (Visibility.MEMBERS, True, True, True),
        (Visibility.PRIVATE, True, True, False),
        (Visibility.PUBLIC, False, False, False),
    ],
)
def test_who_may_follow_a_reformer(reformer, visibility, active, connected, allowed):
    from django.utils import timezone

    from community.models import Connection

    profile = ProfileFactory(visibility=visibility, user__is_active=active)
    if connected:
        Connection.objects.create(
            sender=reformer,
            recipient=profile.user,
            state=Connection.State.ACCEPTED,
            requested_at=timezone.now(),
        )
    if allowed:
        _follow(reformer, "reformer", profile)
        assert Follow.objects.filter(user=reformer).count() == 1
    else:
        with pytest.raises(notify_services.NotFollowable):
            _follow(reformer, "reformer", profile)
        assert not Follow.objects.exists()


def test_nobody_follows_themselves_or_an_unknown_kind_or_a_forged_id(reformer):
    own = ProfileFactory(user=reformer)
    for kind, pk in (("reformer", own.pk), ("planet", 1), ("member", 999999)):
        with pytest.raises(notify_services.NotFollowable):
            notify_services.follow(user=reformer, kind_slug=kind, object_id=pk)
    assert not Follow.objects.exists()


def test_a_deleted_target_takes_its_follows_with_it(reformer):
    kept, gone = MemberFactory(), MemberFactory()
    _follow(reformer, "member", kept)
    _follow(reformer, "member", gone)
    gone.delete()
    assert [f.target for f in Follow.objects.all()] == [kept]


def test_the_first_follow_remembers_the_readers_language(reformer):
    member = MemberFactory()
    notify_services.follow(user=reformer, kind_slug="member", object_id=member.pk, language="es")
    assert EmailPreferences.objects.get(user=reformer).language == "es"


# --- notifications --------------------------------------------------------------------------


def test_followers_are_told_once_however_many_followed_things_and_runs(
    reformer, other_reformer, vocab
):
    area, theme = vocab["areas"]["justice"], next(iter(vocab["themes"].values()))
    member = MemberFactory()
    _follow(reformer, "challenge-area", area)
    _follow(reformer, "theme", theme)
    _follow(other_reformer, "member", member)
    bystander = UserFactory()
    target = CommitmentFactory()
    for _ in range(2):  # a fan-out delivered twice
        notify_services.notify_followers(
            followed=[area, theme, member],
            kind=NotificationKind.STORY,
            target=target,
            url="/x/",
            params={"title": "T"},
        )
    assert sorted(Notification.objects.values_list("recipient__email", flat=True)) == [
        "other@example.org",
        "reformer@example.org",
    ]
    assert not Notification.objects.filter(recipient=bystander).exists()


def test_an_inactive_follower_and_the_actor_are_not_told(reformer, other_reformer):
    member = MemberFactory()
    _follow(reformer, "member", member)
    _follow(other_reformer, "member", member)
    other_reformer.is_active = False
    other_reformer.save()
    notify_services.notify_followers(
        followed=[member], kind=NotificationKind.PROGRESS, target=member, url="/", actor=reformer
    )
    assert not Notification.objects.exists()


def test_a_progress_update_tells_the_commitments_and_the_members_followers(
    reformer, other_reformer, staff, django_capture_on_commit_callbacks
):
    commitment = CommitmentFactory()
    _follow(reformer, "commitment", commitment)
    _follow(other_reformer, "member", commitment.action_plan.member)
    with django_capture_on_commit_callbacks(execute=True):
        progress_update_create(
            user=staff,
            commitment=commitment,
            date=datetime.date(2024, 1, 1),
            status="in_progress",
            note="Half the registers are open.",
        )
    outbox.drain()
    notes = Notification.objects.filter(kind=NotificationKind.PROGRESS)
    assert sorted(n.recipient.email for n in notes) == [
        "other@example.org",
        "reformer@example.org",
    ]
    assert {n.url for n in notes} == {commitment.get_absolute_url()}
    assert str(commitment) in notes[0].sentence()


def test_connection_events_tell_the_other_party(reformer, other_reformer, monkeypatch):
    """notifications_for_connection reads the connections branch's model (sender, recipient);
    here a stand-in of that shape, since the model lands with the other branch."""
    from types import SimpleNamespace

    from django.apps import apps

    connection = MemberFactory()  # any saved row stands in as the connection target
    connection.sender, connection.recipient = reformer, other_reformer

    class Manager:
        def select_related(self, *names):
            return self

        def filter(self, pk):
            return SimpleNamespace(first=lambda: connection if pk == connection.pk else None)

    original = apps.get_model
    monkeypatch.setattr(
        apps,
        "get_model",
        lambda app, name=None: (
            SimpleNamespace(objects=Manager()) if name == "Connection" else original(app, name)
        ),
    )
    ProfileFactory(user=reformer, display_name="Ana Sender")
    notify_services.notifications_for_connection(connection.pk, "requested")
    notify_services.notifications_for_connection(connection.pk, "requested")
    notify_services.notifications_for_connection(connection.pk, "accepted")
    told = Notification.objects.order_by("pk")
    assert [(n.recipient, n.kind) for n in told] == [
        (other_reformer, NotificationKind.CONNECTION_REQUEST),
        (reformer, NotificationKind.CONNECTION_ACCEPTED),
    ]
    assert told[0].sentence() == "Ana Sender asks to connect with you"
    assert notify_services.notifications_for_connection(999999, "requested") == 0
    with pytest.raises(ValueError):
        notify_services.notifications_for_connection(connection.pk, "blocked")


def test_a_private_actor_is_a_reformer_in_the_sentence(reformer, other_reformer):
    ProfileFactory(user=other_reformer, display_name="Hidden Name", visibility=Visibility.PRIVATE)
    notify_services.notify(
        recipient_ids=[reformer.pk],
        kind=NotificationKind.CONNECTION_ACCEPTED,
        target=other_reformer,
        url="/",
        actor=other_reformer,
    )
    assert Notification.objects.get().sentence() == "A reformer accepted your connection request"


def test_the_unread_count_is_cached_and_dropped_on_change(
    reformer, django_assert_num_queries, django_capture_on_commit_callbacks
):
    member = MemberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        notify_services.notify(
            recipient_ids=[reformer.pk], kind=NotificationKind.PROGRESS, target=member, url="/"
        )
    assert notify_selectors.unread_count(user=reformer) == 1
    with django_assert_num_queries(0):
        assert notify_selectors.unread_count(user=reformer) == 1
    with django_capture_on_commit_callbacks(execute=True):
        notify_services.notifications_read_all(user=reformer)
    assert notify_selectors.unread_count(user=reformer) == 0


# --- the weekly digest ----------------------------------------------------------------------


def _tell(user, title, kind=NotificationKind.STORY):
    target = MemberFactory()
    notify_services.notify(
        recipient_ids=[user.pk],
        kind=kind,
        target=target,
        url="/members/x/",
        params={"title": title},
    )


def test_the_digest_holds_what_the_person_follows_and_nothing_else(reformer, other_reformer):
    _tell(reformer, "Mine")
    _tell(other_reformer, "Theirs")
    digest = notify_selectors.digest_for(user=reformer)
    assert [n.params["title"] for n in digest.notifications] == ["Mine"]


@time_machine.travel("2026-11-26 06:00", tick=False)
def test_the_digest_leaves_out_what_was_read_emailed_muted_or_too_old(reformer):
    with time_machine.travel("2026-11-17 06:00", tick=False):  # nine days before
        _tell(reformer, "Too old")
    _tell(reformer, "Read")
    Notification.objects.filter(params__title="Read").update(read_at=timezone.now())
    _tell(reformer, "Emailed")
    Notification.objects.filter(params__title="Emailed").update(emailed_at=timezone.now())
    _tell(reformer, "Muted", kind=NotificationKind.GUIDE)
    notify_services.preferences_update(
        user=reformer,
        language="en",
        digest=True,
        emailed_kinds=[k for k in NotificationKind.values if k != NotificationKind.GUIDE],
    )
    _tell(reformer, "New")
    digest = notify_selectors.digest_for(user=reformer)
    assert [n.params["title"] for n in digest.notifications] == ["New"]


@time_machine.travel("2026-11-26 06:00", tick=False)
def test_beat_firing_twice_sends_one_digest_and_nothing_twice(
    reformer, other_reformer, django_capture_on_commit_callbacks
):
    _tell(reformer, "Open courts")
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            from community.tasks import weekly_digest

            weekly_digest()
        outbox.drain()
    assert [m.to for m in mail.outbox] == [["reformer@example.org"]]
    assert DigestSent.objects.get(user=reformer).notification_count == 1
    assert Notification.objects.get().emailed_at is not None
    # a new notification the same week waits for next week's digest
    _tell(reformer, "Later that week")
    assert notify_services.digest_send(user_id=reformer.pk) is False
    with time_machine.travel("2026-12-01 06:00", tick=False):
        assert notify_services.digest_send(user_id=reformer.pk) is True
    assert len(mail.outbox) == 2
    assert "Later that week" in mail.outbox[1].body
    assert "Open courts" not in mail.outbox[1].body


def test_a_refused_digest_email_marks_nothing_and_is_tried_again(reformer, monkeypatch):
    from django.core.mail import EmailMultiAlternatives

    _tell(reformer, "Open courts")

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    with pytest.raises(ConnectionRefusedError):
        notify_services.digest_send(user_id=reformer.pk)
    assert not DigestSent.objects.exists()
    assert Notification.objects.get().emailed_at is None
    monkeypatch.undo()
    assert notify_services.digest_send(user_id=reformer.pk) is True


def test_the_digest_is_in_the_persons_language_with_html_text_and_unsubscribe(reformer):
    notify_services.preferences_update(
        user=reformer, language="fr", digest=True, emailed_kinds=NotificationKind.values
    )
    _tell(reformer, "Tribunaux ouverts")
    notify_services.digest_send(user_id=reformer.pk)
    (message,) = mail.outbox
    with translation.override("fr"):
        assert translation.gettext("What is new in what you follow") in message.subject
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "Tribunaux ouverts" in message.body and "Tribunaux ouverts" in html
    assert "http://testserver/fr/members/x/" in message.body  # links at the French prefix
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("http://testserver/fr/notifications/unsubscribe/")
    assert unsubscribe in message.body
    # each kind has its own link, which stops that kind only
    with translation.override("fr"):
        assert str(NotificationKind.STORY.label) in message.body
    kind_link = next(
        line.split(": ", 1)[1]
        for line in message.body.splitlines()
        if "/notifications/unsubscribe/" in line and unsubscribe not in line
    )
    token = kind_link.rstrip("/").rsplit("/", 1)[1]
    assert notify_services.unsubscribe_check(token=token) == (reformer, NotificationKind.STORY)


def test_no_digest_for_someone_who_turned_it_off(reformer):
    _tell(reformer, "Open courts")
    notify_services.preferences_update(
        user=reformer, language="en", digest=False, emailed_kinds=NotificationKind.values
    )
    assert notify_selectors.digest_recipients() == []
    assert notify_services.digest_send(user_id=reformer.pk) is False
    assert not mail.outbox


# --- unsubscribe tokens ---------------------------------------------------------------------


def test_an_unsubscribe_token_stops_the_digest(reformer):
    token = notify_services.unsubscribe_token(user=reformer)
    assert notify_services.unsubscribe(token=token) == (reformer, "all")
    assert EmailPreferences.objects.get(user=reformer).digest is False


def test_an_unsubscribe_token_for_one_kind_mutes_that_kind_only(reformer):
    token = notify_services.unsubscribe_token(user=reformer, kind=NotificationKind.GUIDE)
    notify_services.unsubscribe(token=token)
    preferences = EmailPreferences.objects.get(user=reformer)
    assert preferences.muted_kinds == [NotificationKind.GUIDE]
    assert preferences.digest is True


def test_a_tampered_or_forged_unsubscribe_token_is_refused(reformer, other_reformer):
    token = notify_services.unsubscribe_token(user=reformer)
    forged = signing.dumps({"u": other_reformer.pk, "k": "all"}, salt="another purpose")
    for bad in (token[:-2] + "xx", forged, "not-a-token", ""):
        with pytest.raises(notify_services.BadUnsubscribeLink) as refused:
            notify_services.unsubscribe(token=bad)
        assert refused.value.expired is False
    assert not EmailPreferences.objects.exists()


def test_an_expired_unsubscribe_token_is_refused(reformer, settings):
    settings.NOTIFY_UNSUBSCRIBE_MAX_AGE_DAYS = 60
    with time_machine.travel("2026-01-01", tick=False):
        token = notify_services.unsubscribe_token(user=reformer)
    with time_machine.travel("2026-03-01", tick=False):  # 59 days
        notify_services.unsubscribe_check(token=token)
    with (
        time_machine.travel("2026-03-03", tick=False),
        pytest.raises(notify_services.BadUnsubscribeLink) as refused,
    ):
        notify_services.unsubscribe(token=token)
    assert refused.value.expired is True


def test_follows_notifications_and_preferences_are_in_the_download(reformer):
    from community import personal_data

    member = MemberFactory()
    _follow(reformer, "member", member)
    _tell(reformer, "Open courts")
    part = personal_data.collect(user=reformer)["follows_and_notifications"]
    assert [(f["kind"], f["id"]) for f in part["follows"]] == [("member", member.pk)]
    assert [n["text"] for n in part["notifications"]] == ["New story: Open courts"]
    assert part["email_preferences"]["language"] == "en"
