"""Cohorts in the admin: staff edit cohorts and sessions (a session's start typed in its own
time zone), list applications read-only; nobody else gets in."""

from datetime import UTC, datetime

import pytest

from learning.models import Cohort, Session
from tests.community.factories import UserFactory
from tests.learning.cohort_factories import ApplicationFactory, CohortFactory, accepted

pytestmark = pytest.mark.django_db


def test_staff_list_cohorts_sessions_and_applications(client, staff):
    application = ApplicationFactory()
    client.force_login(staff)
    for url in (
        "/admin/learning/cohorts/",
        "/admin/learning/sessions/",
        "/admin/learning/applications/",
        f"/admin/learning/applications/inspect/{application.pk}/",
        "/admin/learning/cohorts/new/",
        "/admin/learning/sessions/new/",
    ):
        assert client.get(url).status_code == 200, url
    # applications are decided on the review screen; cohorts are cancelled, not deleted
    for url in (
        f"/admin/learning/applications/edit/{application.pk}/",
        f"/admin/learning/cohorts/delete/{application.cohort.pk}/",
    ):
        assert client.get(url).status_code in (302, 403), url


def test_editors_and_reformers_do_not_get_in(client, editor, reformer):
    for person in (editor, reformer):
        client.force_login(person)
        for url in ("/admin/learning/cohorts/", "/admin/learning/applications/"):
            assert client.get(url).status_code in (302, 403), (person, url)


def _session_form(cohort, **fields):
    return {
        "cohort": cohort.pk,
        "title": "Opening",
        "starts_at": "2027-03-01 09:00",
        "time_zone": "Africa/Nairobi",
        "duration_minutes": 90,
        "place": "",
        "online_link": "",
        "description": "",
        **fields,
    }


def test_a_sessions_start_is_typed_in_its_own_time_zone(client, staff):
    cohort = CohortFactory()
    client.force_login(staff)
    response = client.post("/admin/learning/sessions/new/", _session_form(cohort))
    assert response.status_code == 302, response.content.decode()[:3000]
    session = Session.objects.get()
    assert session.starts_at == datetime(2027, 3, 1, 6, 0, tzinfo=UTC)  # 09:00 in Nairobi
    # shown back as typed
    html = client.get(f"/admin/learning/sessions/edit/{session.pk}/").content.decode()
    assert "2027-03-01 09:00" in html


def test_a_bad_time_zone_is_a_form_error(client, staff):
    cohort = CohortFactory()
    client.force_login(staff)
    response = client.post(
        "/admin/learning/sessions/new/", _session_form(cohort, time_zone="Mars/Olympus")
    )
    assert response.status_code == 200
    assert "is not a time zone name" in response.content.decode()
    assert not Session.objects.exists()


def test_the_capacity_cannot_go_below_the_acceptances(client, staff):
    cohort = CohortFactory(capacity=2)
    accepted(cohort, UserFactory())
    accepted(cohort, UserFactory())
    client.force_login(staff)
    html = client.get(f"/admin/learning/cohorts/edit/{cohort.pk}/").content.decode()
    assert 'name="capacity"' in html
    form = {
        "title": cohort.title,
        "slug": cohort.slug,
        "kind": cohort.kind,
        "description": cohort.description,
        "time_zone": "Mars/Olympus",
        "applications_open_on": cohort.applications_open_on.isoformat(),
        "applications_close_on": cohort.applications_close_on.isoformat(),
        "capacity": 1,
        "questions": cohort.questions,
        "state": cohort.state,
    }
    response = client.post(f"/admin/learning/cohorts/edit/{cohort.pk}/", form)
    assert response.status_code == 200
    page = response.content.decode()
    assert "is not a time zone name" in page
    response = client.post(
        f"/admin/learning/cohorts/edit/{cohort.pk}/", {**form, "time_zone": "Africa/Accra"}
    )
    assert response.status_code == 200
    assert "already accepted" in response.content.decode()
    assert Cohort.objects.get(pk=cohort.pk).capacity == 2
    response = client.post(
        f"/admin/learning/cohorts/edit/{cohort.pk}/",
        {**form, "time_zone": "Africa/Accra", "capacity": 5, "slug": "mine"},
    )
    assert response.status_code == 200  # a slug the cohort URLs use
    response = client.post(
        f"/admin/learning/cohorts/edit/{cohort.pk}/",
        {**form, "time_zone": "Africa/Accra", "capacity": 5},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Cohort.objects.get(pk=cohort.pk).capacity == 5


def test_cancelling_a_cohort_tells_each_live_applicant_once_in_their_language(
    client, staff, django_capture_on_commit_callbacks
):
    from django.core import mail

    from core import outbox

    cohort = CohortFactory(capacity=3, time_zone="Africa/Accra")
    accepted(cohort, UserFactory(email="member@example.org"))
    ApplicationFactory(cohort=cohort, applicant=UserFactory(email="waiting@example.org"))
    ApplicationFactory(
        cohort=cohort,
        applicant=UserFactory(email="declined@example.org"),
        state="declined",
        language="fr",
    )
    french = ApplicationFactory(
        cohort=cohort, applicant=UserFactory(email="fr@example.org"), language="fr"
    )
    mail.outbox.clear()
    client.force_login(staff)
    form = {
        "title": cohort.title,
        "slug": cohort.slug,
        "kind": cohort.kind,
        "description": cohort.description,
        "time_zone": cohort.time_zone,
        "applications_open_on": cohort.applications_open_on.isoformat(),
        "applications_close_on": cohort.applications_close_on.isoformat(),
        "capacity": 3,
        "questions": cohort.questions,
        "state": "cancelled",
    }
    for _ in range(2):  # saving it cancelled again tells nobody again
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/admin/learning/cohorts/edit/{cohort.pk}/", form)
        assert response.status_code == 302
    outbox.drain()
    told = sorted((m.to[0], m.subject) for m in mail.outbox)
    assert told == [
        ("fr@example.org", f"[OpenGov Commons] {cohort.title} est annulée"),
        ("member@example.org", f"[OpenGov Commons] {cohort.title} is cancelled"),
        ("waiting@example.org", f"[OpenGov Commons] {cohort.title} is cancelled"),
    ]
    assert Cohort.objects.get(pk=french.cohort_id).state == "cancelled"
