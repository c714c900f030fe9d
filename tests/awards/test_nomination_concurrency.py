"""The same nomination form sent many times at once (PostgreSQL, 20 threads): one
nomination, submitted once, one "received" e-mail queued, no 500."""

import uuid

from django.db import connection
from django.test import Client

import pytest

from awards import services
from awards.models import Nomination
from core.models import OutboxMessage
from tests.awards.factories import programme_build
from tests.community.factories import CommitmentFactory, UserFactory
from tests.concurrency import all_at_once

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency needs a server database (DATABASE_URL=postgres://...)",
    ),
]

THREADS = 20


def test_one_form_submitted_twenty_times_at_once_makes_one_nomination(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False  # keep the e-mails in the outbox, to count them
    programme, commitment, user = programme_build(), CommitmentFactory(), UserFactory()
    data = {
        "category": programme.categories.first().pk,
        "kind": "commitment",
        "record": commitment.public_id,
        "statement": "It opened every contract.",
        "client_key": str(uuid.uuid4()),
        "action": "submit",
    }

    def post():
        client = Client()
        client.force_login(user)
        return client.post(f"/awards/{programme.slug}/nominate/", data).status_code

    statuses = all_at_once([post] * THREADS)
    assert statuses == [302] * THREADS
    nomination = Nomination.objects.get()
    assert nomination.state == Nomination.State.SUBMITTED
    assert OutboxMessage.objects.filter(task="awards.tasks.nomination_received").count() <= 1


def test_the_same_record_named_from_twenty_forms_at_once_is_nominated_once():
    programme, commitment, user = programme_build(), CommitmentFactory(), UserFactory()

    def save():
        try:
            services.nomination_save(
                nominator=user,
                programme=programme,
                data=services.NominationData(
                    category=programme.categories.first(),
                    kind=Nomination.Kind.COMMITMENT,
                    record=commitment,
                    statement="Yes.",
                ),
                client_key=uuid.uuid4(),
                submit=True,
            )
            return "saved"
        except services.NominationError:
            return "refused"

    results = all_at_once([save] * THREADS)
    assert sorted(results) == ["refused"] * (THREADS - 1) + ["saved"]
    assert Nomination.objects.count() == 1
