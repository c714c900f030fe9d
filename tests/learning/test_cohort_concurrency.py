"""Two facilitators accepting at the same moment (PostgreSQL, threads with their own
connections): never more acceptances than places, no 500; a withdrawal and an acceptance at
once leave the count equal to the accepted applications."""

from django.db import connection
from django.test import Client

import pytest

from learning import cohort_services as services
from learning.models import Application, Cohort
from tests.community.factories import UserFactory
from tests.concurrency import all_at_once
from tests.learning.cohort_factories import CohortFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency needs a server database (DATABASE_URL=postgres://...)",
    ),
]

THREADS = 12


def _cohort_with_applications(capacity, count):
    facilitators = [UserFactory(), UserFactory()]
    cohort = CohortFactory(capacity=capacity, facilitators=facilitators)
    applications = [
        services.application_create(
            user=UserFactory(), cohort=cohort, statement="Me", answers=["Rulings online"]
        )
        for _ in range(count)
    ]
    return cohort, facilitators, applications


def test_two_facilitators_accepting_the_last_place_at_once_accept_one():
    cohort, facilitators, (first, second) = _cohort_with_applications(1, 2)

    def accept(application, facilitator):
        def call():
            client = Client()
            client.force_login(facilitator)
            url = f"/learning/cohorts/{cohort.slug}/review/{application.pk}/"
            return client.post(url, {"state": "accepted", "message": "Welcome"}).status_code

        return call

    statuses = all_at_once([accept(first, facilitators[0]), accept(second, facilitators[1])])
    assert sorted(statuses) == [302, 400]  # one accepted, the other told the cohort is full
    assert Application.objects.filter(state="accepted").count() == 1
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 1


def test_many_acceptances_at_once_stop_at_capacity():
    cohort, facilitators, applications = _cohort_with_applications(3, THREADS)

    def accept(application, n):
        def call():
            try:
                services.application_decide(
                    application=application, state="accepted", by=facilitators[n % 2]
                )
            except services.CohortError:
                return "full"
            return "accepted"

        return call

    results = all_at_once([accept(a, n) for n, a in enumerate(applications)])
    assert results.count("accepted") == 3
    assert results.count("full") == THREADS - 3
    assert Application.objects.filter(state="accepted").count() == 3
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 3


def test_withdrawals_and_acceptances_at_once_keep_the_count_true():
    cohort, facilitators, applications = _cohort_with_applications(2, 8)
    for application in applications[:2]:
        services.application_decide(application=application, state="accepted", by=facilitators[0])
    for application in applications[2:4]:
        services.application_decide(application=application, state="waitlisted", by=facilitators[0])

    def withdraw(application):
        return lambda: (
            services.application_withdraw(application=application, by=application.applicant).state
        )

    def accept(application):
        def call():
            try:
                return services.application_decide(
                    application=application, state="accepted", by=facilitators[1]
                ).state
            except services.CohortError:
                return "full"

        return call

    all_at_once([withdraw(a) for a in applications[:2]] + [accept(a) for a in applications[4:]])
    accepted = Application.objects.filter(state="accepted").count()
    assert accepted == Cohort.objects.get(pk=cohort.pk).accepted_count
    assert accepted <= 2


def test_one_person_applying_twice_at_once_makes_one_application():
    cohort = CohortFactory()
    user = UserFactory()

    def apply():
        try:
            services.application_create(
                user=user, cohort=cohort, statement="Me", answers=["Rulings online"]
            )
        except services.CohortError as refused:
            return refused.message
        return "applied"

    results = all_at_once([apply] * 4)
    assert results.count("applied") == 1
    assert results.count("You have already applied to this cohort.") == 3
    assert Application.objects.filter(applicant=user).count() == 1
