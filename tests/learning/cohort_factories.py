"""Cohorts for tests: open now (the window around today, in UTC) unless told otherwise."""

from datetime import timedelta

from django.utils import timezone

import factory
from factory.django import DjangoModelFactory

from learning.models import Application, Cohort, Session


def today():
    return timezone.now().date()


class CohortFactory(DjangoModelFactory):
    class Meta:
        model = Cohort
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Cohort {n}")
    slug = factory.Sequence(lambda n: f"cohort-{n}")
    kind = Cohort.Kind.THEMATIC
    description = "Reformers who open courts to the public, together for six months."
    time_zone = "UTC"
    applications_open_on = factory.LazyFunction(lambda: today() - timedelta(days=10))
    applications_close_on = factory.LazyFunction(lambda: today() + timedelta(days=10))
    capacity = 3
    questions = "What will you change in your institution?"
    state = Cohort.State.OPEN

    @factory.post_generation
    def facilitators(self, create, extracted, **kwargs):
        if create and extracted:
            self.facilitators.set(extracted)


class SessionFactory(DjangoModelFactory):
    class Meta:
        model = Session

    cohort = factory.SubFactory(CohortFactory)
    title = factory.Sequence(lambda n: f"Session {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    time_zone = "Africa/Nairobi"
    duration_minutes = 90
    online_link = "https://meet.example.org/cohort"


class ApplicationFactory(DjangoModelFactory):
    """A record made directly, in any state (the services make the real ones)."""

    class Meta:
        model = Application

    cohort = factory.SubFactory(CohortFactory)
    applicant = factory.SubFactory("tests.community.factories.UserFactory")
    statement = "I run the court records office and want hearings published."
    answers = factory.LazyAttribute(
        lambda a: [
            {"question": q, "answer": "Publish every ruling."} for q in a.cohort.question_list()
        ]
    )
    state = Application.State.SUBMITTED


def accepted(cohort, applicant, **kwargs):
    """An accepted application, counted in the cohort's places as the services count it."""
    application = ApplicationFactory(
        cohort=cohort, applicant=applicant, state=Application.State.ACCEPTED, **kwargs
    )
    Cohort.objects.filter(pk=cohort.pk).update(accepted_count=cohort.accepted_count + 1)
    cohort.accepted_count += 1
    return application
