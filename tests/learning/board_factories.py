"""Board posts for tests: made directly (the services make the real ones)."""

import factory
from factory.django import DjangoModelFactory

from learning.models import Reply, Thread

from .cohort_factories import CohortFactory


class ThreadFactory(DjangoModelFactory):
    class Meta:
        model = Thread

    cohort = factory.SubFactory(CohortFactory)
    author = factory.SubFactory("tests.community.factories.UserFactory")
    title = factory.Sequence(lambda n: f"Thread {n}")
    body = "How did your court start publishing its rulings?"


class ReplyFactory(DjangoModelFactory):
    class Meta:
        model = Reply

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory("tests.community.factories.UserFactory")
    body = "We began with the appeals court, one chamber at a time."
