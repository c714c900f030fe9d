"""The cohort pages: applying (nothing typed lost), my applications, the facilitators'
review screen, the member list under the profile rules, and the calendars parsed back."""

from datetime import UTC, datetime, timedelta

from django.core import mail

import icalendar
import pytest

from learning import cohort_services as services
from learning.models import Application, CalendarFeed, Cohort
from tests.community.factories import ProfileFactory, UserFactory
from tests.learning.cohort_factories import (
    ApplicationFactory,
    CohortFactory,
    SessionFactory,
    accepted,
    today,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator():
    return UserFactory(email="facilitator@example.org")


@pytest.fixture
def cohort(facilitator):
    return CohortFactory(
        title="Open Justice cohort",
        slug="open-justice",
        capacity=2,
        questions="Where do you work?\nWhat will you change?",
        facilitators=[facilitator],
    )


def url(cohort, rest=""):
    return f"/learning/cohorts/{cohort.slug}/{rest}"


# --- the cohort page and applying ------------------------------------------------------------


def test_the_cohort_page_invites_to_apply_while_open(client, cohort, reformer):
    client.force_login(reformer)
    html = client.get(url(cohort)).content.decode()
    assert "Open Justice cohort" in html
    assert f'href="{url(cohort, "apply/")}"' in html


CLOSED = [
    ("cancelled", {"state": Cohort.State.CANCELLED}, "This cohort is cancelled."),
    (
        "window over",
        {"applications_close_on": today() - timedelta(days=1)},
        "Applications closed on",
    ),
    ("not yet", {"applications_open_on": today() + timedelta(days=2)}, "Applications open on"),
]


@pytest.mark.parametrize(("fields", "reason"), [c[1:] for c in CLOSED], ids=[c[0] for c in CLOSED])
def test_the_cohort_page_says_why_you_cannot_apply(client, reformer, fields, reason):
    cohort = CohortFactory(**fields)
    client.force_login(reformer)
    html = client.get(url(cohort)).content.decode()
    assert reason in html
    assert f'href="{url(cohort, "apply/")}"' not in html
    # and applying anyway is refused with the same reason, what was typed kept
    response = client.post(
        url(cohort, "apply/"), {"statement": "My typed statement", "answer-0": "Typed answer"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert reason in body and "My typed statement" in body and "Typed answer" in body
    assert not Application.objects.exists()


def test_the_cohort_page_says_when_the_cohort_is_full(client, reformer):
    cohort = CohortFactory(capacity=1)
    accepted(cohort, UserFactory())
    client.force_login(reformer)
    assert "This cohort is full." in client.get(url(cohort)).content.decode()


def test_a_draft_cohort_is_not_found_except_by_its_facilitators(client, reformer, facilitator):
    cohort = CohortFactory(state=Cohort.State.DRAFT, facilitators=[facilitator])
    assert client.get(url(cohort)).status_code == 404
    client.force_login(reformer)
    assert client.get(url(cohort)).status_code == 404
    client.force_login(facilitator)
    assert client.get(url(cohort)).status_code == 200


def test_applying_asks_the_cohorts_questions_and_keeps_what_was_typed(client, cohort, reformer):
    client.force_login(reformer)
    form = client.get(url(cohort, "apply/")).content.decode()
    assert "Where do you work?" in form and "What will you change?" in form

    response = client.post(
        url(cohort, "apply/"), {"statement": "I publish rulings.", "answer-0": "Court of Accra"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "I publish rulings." in html and "Court of Accra" in html
    assert not Application.objects.exists()

    response = client.post(
        url(cohort, "apply/"),
        {"statement": "I publish rulings.", "answer-0": "Court of Accra", "answer-1": "Hearings"},
    )
    assert response.status_code == 302
    application = Application.objects.get()
    assert (application.applicant, application.state) == (reformer, "submitted")
    assert application.answers[1] == {"question": "What will you change?", "answer": "Hearings"}


def test_applying_in_french_stays_in_french_and_records_it(client, cohort, reformer):
    client.force_login(reformer)
    response = client.post(
        f"/fr{url(cohort, 'apply/')}",
        {"statement": "Je publie.", "answer-0": "Dakar", "answer-1": "Audiences"},
    )
    assert response["Location"] == "/fr/learning/cohorts/mine/"
    assert Application.objects.get().language == "fr"


def test_anonymous_visitors_sign_in_to_apply(client, cohort):
    response = client.get(url(cohort, "apply/"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# --- my applications -------------------------------------------------------------------------


def test_my_applications_list_mine_and_withdraw(client, cohort, reformer):
    mine = ApplicationFactory(cohort=cohort, applicant=reformer, message="See you soon")
    other = ApplicationFactory(cohort=cohort)
    client.force_login(reformer)
    html = client.get("/learning/cohorts/mine/").content.decode()
    assert "Open Justice cohort" in html and "See you soon" in html

    # someone else's application: a 404, nothing changes
    assert client.post(f"/learning/cohorts/mine/{other.pk}/withdraw/").status_code == 404
    assert client.post("/learning/cohorts/mine/999999/withdraw/").status_code == 404
    assert client.get(f"/learning/cohorts/mine/{mine.pk}/withdraw/").status_code == 405
    other.refresh_from_db()
    assert other.state == "submitted"

    response = client.post(f"/learning/cohorts/mine/{mine.pk}/withdraw/")
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.state == "withdrawn"


# --- the facilitators' screen ----------------------------------------------------------------


def test_the_review_screen_lists_applications_by_state_with_the_capacity(
    client, cohort, facilitator
):
    ProfileFactory(user=(applicant := UserFactory()), display_name="Ama Owusu")
    ApplicationFactory(cohort=cohort, applicant=applicant, statement="Courts must open.")
    accepted(cohort, UserFactory())
    client.force_login(facilitator)
    html = client.get(url(cohort, "review/")).content.decode()
    assert "1 accepted of 2 places." in html
    assert "Ama Owusu" in html and "Courts must open." in html
    assert html.index("Submitted") < html.index("Ama Owusu") < html.index("Waitlisted")


def test_the_review_screen_never_shows_a_private_profile(client, cohort, facilitator):
    hidden = UserFactory(email="hidden@example.org", first_name="Siobhan", last_name="Ní Bhriain")
    ProfileFactory(user=hidden, display_name="Shown Nowhere", visibility="private")
    ApplicationFactory(cohort=cohort, applicant=hidden)
    client.force_login(facilitator)
    html = client.get(url(cohort, "review/")).content.decode()
    assert "Shown Nowhere" not in html and hidden.profile.slug not in html
    assert "Siobhan Ní Bhriain" in html  # the account the application came from


def test_emails_keep_the_cohorts_title_as_written(cohort, django_capture_on_commit_callbacks):
    cohort.title = 'Reformers\' "Open Courts" & Co'
    cohort.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.application_create(
            user=UserFactory(), cohort=cohort, statement="Me", answers=["Here", "This"]
        )
    (message,) = mail.outbox
    assert message.subject.endswith('Reformers\' "Open Courts" & Co')
    assert 'Reformers\' "Open Courts" & Co' in message.body


def test_a_facilitator_accepts_with_a_message(client, cohort, facilitator):
    application = ApplicationFactory(cohort=cohort)
    client.force_login(facilitator)
    response = client.post(
        url(cohort, f"review/{application.pk}/"), {"state": "accepted", "message": "Welcome!"}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.state, application.message, application.decided_by) == (
        "accepted",
        "Welcome!",
        facilitator,
    )
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 1


def test_a_refused_decision_keeps_the_message_typed(client, facilitator):
    cohort = CohortFactory(capacity=1, facilitators=[facilitator])
    accepted(cohort, UserFactory())
    application = ApplicationFactory(cohort=cohort)
    client.force_login(facilitator)
    response = client.post(
        url(cohort, f"review/{application.pk}/"), {"state": "accepted", "message": "Karibu sana"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "The cohort is full" in html and "Karibu sana" in html
    response = client.post(
        url(cohort, f"review/{application.pk}/"), {"state": "promoted", "message": "Typed"}
    )
    assert response.status_code == 400 and "Typed" in response.content.decode()
    application.refresh_from_db()
    assert application.state == "submitted"


def test_decisions_by_others_are_refused(client, cohort, reformer, editor):
    application = ApplicationFactory(cohort=cohort)
    other_cohort = CohortFactory(facilitators=[(elsewhere := UserFactory())])
    decide = url(cohort, f"review/{application.pk}/")
    for person in (reformer, editor, elsewhere, application.applicant):
        client.force_login(person)
        assert client.post(decide, {"state": "accepted"}).status_code == 403
    # an application of another cohort, through a cohort one facilitates: not found
    client.force_login(elsewhere)
    assert (
        client.post(url(other_cohort, f"review/{application.pk}/"), {"state": "accepted"})
    ).status_code == 404
    application.refresh_from_db()
    assert application.state == "submitted"
    assert not mail.outbox


# --- members ---------------------------------------------------------------------------------


def test_the_member_list_honours_profile_visibility(client, cohort, facilitator):
    people = {}
    for visibility in ("public", "members", "private"):
        user = UserFactory()
        ProfileFactory(user=user, display_name=f"Member {visibility}", visibility=visibility)
        accepted(cohort, user) if visibility != "private" else ApplicationFactory(
            cohort=cohort, applicant=user, state="accepted"
        )
        people[visibility] = user
    ProfileFactory(user=UserFactory(), display_name="Not a member")

    client.force_login(people["public"])  # a fellow member
    html = client.get(url(cohort, "members/")).content.decode()
    assert "Member public" in html and "Member members" in html
    assert "Member private" not in html and "Not a member" not in html

    client.force_login(people["private"])  # not even to its owner
    assert "Member private" not in client.get(url(cohort, "members/")).content.decode()


# --- calendars -------------------------------------------------------------------------------


def _parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_the_cohort_calendar_gives_each_session_in_its_time_zone(client, cohort, reformer):
    accepted(cohort, reformer)
    nairobi = SessionFactory(
        cohort=cohort,
        title="Opening",
        starts_at=datetime(2027, 3, 1, 6, 0, tzinfo=UTC),  # 09:00 in Nairobi (UTC+3)
        time_zone="Africa/Nairobi",
        duration_minutes=90,
    )
    SessionFactory(
        cohort=cohort,
        title="Review",
        starts_at=datetime(2027, 7, 1, 15, 0, tzinfo=UTC),  # 11:00 in New York (summer time)
        time_zone="America/New_York",
    )
    client.force_login(reformer)
    client.post("/learning/cohorts/calendar/rotate/")
    token = CalendarFeed.objects.get(user=reformer).token
    client.logout()  # a calendar application does not sign in

    calendar = _parse(client.get(url(cohort, f"calendar/{token}.ics")))
    events = {e["summary"].split(" · ")[0]: e for e in calendar.walk("VEVENT")}
    opening, review = events["Opening"], events["Review"]
    assert opening["dtstart"].params["TZID"] == "Africa/Nairobi"
    start = opening.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (9, 0, "Africa/Nairobi")
    assert opening.decoded("dtend") - start == timedelta(minutes=90)
    assert start == nairobi.starts_at
    assert review.decoded("dtstart").hour == 11
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {
        "Africa/Nairobi",
        "America/New_York",
    }


def test_the_personal_calendar_has_my_sessions_of_every_cohort(client, reformer, facilitator):
    regional, thematic, other = (
        CohortFactory(),
        CohortFactory(facilitators=[reformer]),
        CohortFactory(),
    )
    accepted(regional, reformer)
    SessionFactory(cohort=regional, title="Regional meeting")
    SessionFactory(cohort=thematic, title="Thematic meeting")
    SessionFactory(cohort=other, title="Not mine")
    feed = services.calendar_feed_for(user=reformer)
    calendar = _parse(client.get(f"/learning/cohorts/calendar/{feed.token}.ics"))
    titles = sorted(str(e["summary"]).split(" · ")[0] for e in calendar.walk("VEVENT"))
    assert titles == ["Regional meeting", "Thematic meeting"]


def test_calendar_addresses_are_secret_and_rotate(client, cohort, reformer):
    feed = services.calendar_feed_for(user=reformer)
    # not a member of this cohort: its calendar is not found, even with a valid token
    assert client.get(url(cohort, f"calendar/{feed.token}.ics")).status_code == 404
    accepted(cohort, reformer)
    assert client.get(url(cohort, f"calendar/{feed.token}.ics")).status_code == 200
    old = feed.token
    services.calendar_feed_rotate(user=reformer)
    assert client.get(url(cohort, f"calendar/{old}.ics")).status_code == 404
    assert client.get(f"/learning/cohorts/calendar/{old}.ics").status_code == 404


def test_my_applications_are_in_my_data_download(client, cohort, reformer):
    ApplicationFactory(cohort=cohort, applicant=reformer, statement="Courts must open.")
    ApplicationFactory(cohort=cohort)  # someone else's
    client.force_login(reformer)
    data = client.get("/profile/data.json").json()
    (mine,) = data["learning"]["cohort_applications"]
    assert (mine["cohort"], mine["statement"], mine["state"]) == (
        "Open Justice cohort",
        "Courts must open.",
        "submitted",
    )


def test_the_catalogue_leads_to_the_cohorts_in_the_readers_language(client):
    from tests.learning.factories import catalogue

    catalogue().save_revision().publish()
    assert 'href="/fr/learning/cohorts/"' in client.get("/fr/learning/").content.decode()
