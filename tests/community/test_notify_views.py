"""The follow buttons, the notifications page, e-mail preferences and unsubscribe links."""

import datetime

from django.core import signing

import pytest
import time_machine
from pytest_django.asserts import assertContains, assertNotContains

from community import notify_services
from community.models import EmailPreferences, Follow, Notification, NotificationKind
from tests.community.factories import CommitmentFactory, MemberFactory, ProfileFactory
from tests.learning.cohort_factories import CohortFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


def _tell(user, n, *, kind=NotificationKind.PROGRESS):
    for _ in range(n):
        commitment = CommitmentFactory()
        notify_services.notify(
            recipient_ids=[user.pk],
            kind=kind,
            target=commitment,
            url=commitment.get_absolute_url(),
            params={"title": commitment.title},
        )


# --- follow buttons -------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["area", "member", "commitment", "reformer"])
def test_a_signed_in_reader_follows_and_unfollows_from_the_page(client, reformer, vocab, page):
    commitment = CommitmentFactory(public_id="AB0001")
    targets = {
        "area": (vocab["areas"]["justice"], "/challenge-areas/justice/"),
        "member": (
            commitment.action_plan.member,
            f"/members/{commitment.action_plan.member.slug}/",
        ),
        "commitment": (commitment, "/commitments/AB0001/"),
        "reformer": (ProfileFactory(slug="ana"), "/reformers/ana/"),
    }
    target, url = targets[page]
    client.force_login(reformer)
    response = client.get(url)
    assertContains(response, 'name="action" value="follow"')
    form_action = response.content.decode().split('class="follow-form"')[0].rsplit('action="', 1)
    assert form_action[1].startswith("/follow/")
    follow_url = form_action[1].split('"')[0]
    response = client.post(follow_url, {"action": "follow", "next": url})
    assert response.status_code == 302 and response.url == url
    assert Follow.objects.get(user=reformer).target == target
    assertContains(client.get(url), 'name="action" value="unfollow"')
    client.post(follow_url, {"action": "unfollow", "next": url})
    assert not Follow.objects.exists()


def test_no_follow_button_on_ones_own_profile_nor_for_anonymous_readers(client, reformer):
    ProfileFactory(user=reformer, slug="me")
    ProfileFactory(slug="ana")
    assertNotContains(client.get("/reformers/ana/"), "follow-form")
    client.force_login(reformer)
    assertNotContains(client.get("/reformers/me/"), "follow-form")


def test_a_follow_never_leads_to_another_site(client, reformer):
    member = MemberFactory()
    client.force_login(reformer)
    for bad in ("https://evil.example/", "//evil.example/", "javascript:alert(1)", "members"):
        response = client.post(f"/follow/member/{member.pk}/", {"action": "follow", "next": bad})
        assert response.status_code == 302
        assert response.url == "/notifications/"


def test_the_cohort_page_and_the_theme_list_offer_follow(client, reformer, vocab):
    cohort = CohortFactory()
    assertContains(client.get(f"/learning/cohorts/{cohort.slug}/"), "follow-form", count=0)
    client.force_login(reformer)
    assertContains(client.get(f"/learning/cohorts/{cohort.slug}/"), "follow-form")
    client.force_login(reformer)
    response = client.post(f"/follow/cohort/{cohort.pk}/", {"action": "follow"})
    assert response.status_code == 302
    theme = next(iter(vocab["themes"].values()))
    assert client.post(f"/follow/theme/{theme.pk}/", {"action": "follow"}).status_code == 302
    assert Follow.objects.filter(user=reformer).count() == 2


# --- the notifications page -----------------------------------------------------------------


def test_the_list_shows_unread_state_and_marks_read(client, reformer, other_reformer):
    _tell(reformer, 2)
    _tell(other_reformer, 1)
    client.force_login(reformer)
    response = client.get("/notifications/")
    assert len(response.context["page_obj"].object_list) == 2
    assertContains(response, "badge-new", count=2)
    assertContains(response, 'class="count-badge">2<')  # the header's count
    first = Notification.objects.filter(recipient=reformer).first()
    response = client.post(f"/notifications/{first.pk}/open/")
    assert response.status_code == 302 and response.url == first.url
    assertContains(client.get("/notifications/"), "badge-new", count=1)
    # in French, the notification leads to the French address
    second = Notification.objects.filter(recipient=reformer, read_at__isnull=True).get()
    assert client.post(f"/fr/notifications/{second.pk}/open/").url == f"/fr{second.url}"
    client.post("/notifications/read-all/")
    response = client.get("/notifications/")
    assertNotContains(response, "badge-new")
    assertNotContains(response, "count-badge")


def test_nobody_opens_anothers_notification(client, reformer, other_reformer):
    _tell(other_reformer, 1)
    theirs = Notification.objects.get()
    client.force_login(reformer)
    assert client.post(f"/notifications/{theirs.pk}/open/").status_code == 404
    assert Notification.objects.get().read_at is None


def test_the_list_and_the_header_do_not_grow_with_notifications_or_follows(
    client, reformer, vocab, django_assert_max_num_queries
):
    client.force_login(reformer)
    _tell(reformer, 2)
    small = count_queries(client, "/notifications/", django_assert_max_num_queries, 12)
    _tell(reformer, 25)
    _tell(reformer, 5, kind=NotificationKind.CONNECTION_REQUEST)  # with an actor each
    Notification.objects.filter(kind=NotificationKind.CONNECTION_REQUEST).update(
        actor=ProfileFactory().user
    )
    for area in vocab["areas"].values():
        Follow.objects.create(user=reformer, target=area)
    large = count_queries(client, "/notifications/", django_assert_max_num_queries, 12)
    assert large <= small
    # other pages: the header's count is cached, one query at most on a cold cache
    assert count_queries(client, "/members/", django_assert_max_num_queries, 13)


# --- e-mail preferences ---------------------------------------------------------------------


def test_preferences_are_saved_and_bad_values_are_refused_keeping_the_input(client, reformer):
    client.force_login(reformer)
    response = client.post(
        "/profile/notifications/",
        {"language": "es", "digest": "on", "emailed_kinds": ["story", "guide"]},
    )
    assert response.status_code == 302
    preferences = EmailPreferences.objects.get(user=reformer)
    assert preferences.language == "es"
    assert NotificationKind.PROGRESS in preferences.muted_kinds
    assert NotificationKind.STORY not in preferences.muted_kinds
    response = client.post(
        "/profile/notifications/", {"language": "xx", "emailed_kinds": ["story", "planet"]}
    )
    assert response.status_code == 400
    assert response.context["form"].data["language"] == "xx"
    assert EmailPreferences.objects.get(user=reformer).language == "es"


# --- unsubscribe links ----------------------------------------------------------------------


def test_unsubscribe_asks_then_works_without_signing_in(client, reformer):
    token = notify_services.unsubscribe_token(user=reformer)
    response = client.get(f"/notifications/unsubscribe/{token}/")
    assertContains(response, "Stop the weekly digest?")
    assert not EmailPreferences.objects.exists()  # a link scanner's GET changes nothing
    assertContains(client.post(f"/notifications/unsubscribe/{token}/"), "Done")
    assert EmailPreferences.objects.get(user=reformer).digest is False


def test_one_click_unsubscribe_needs_no_csrf_token(reformer):
    from django.test import Client

    token = notify_services.unsubscribe_token(user=reformer, kind=NotificationKind.STORY)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/notifications/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert EmailPreferences.objects.get(user=reformer).muted_kinds == [NotificationKind.STORY]


def test_a_tampered_or_expired_link_says_so_with_a_400(client, reformer, settings):
    token = notify_services.unsubscribe_token(user=reformer)
    forged = signing.dumps({"u": reformer.pk, "k": "all"}, salt="other")
    for bad in (token[:-1] + ("A" if token[-1] != "A" else "B"), forged):
        response = client.post(f"/notifications/unsubscribe/{bad}/")
        assertContains(response, "not valid", status_code=400)
    settings.NOTIFY_UNSUBSCRIBE_MAX_AGE_DAYS = 1
    later = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=2)
    with time_machine.travel(later, tick=False):
        response = client.post(f"/notifications/unsubscribe/{token}/")
    assertContains(response, "expired", status_code=400)
    assert not EmailPreferences.objects.exists()
