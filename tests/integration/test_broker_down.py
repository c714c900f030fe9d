"""Broker down (issue 9, item 6): with CELERY_BROKER_URL pointing at a stopped Redis, saving a
profile and publishing a page succeed promptly and their follow-up work (search indexing)
waits in the outbox; once Redis is back, beat's drain sends it and a real Celery worker does
it, once, even when the same message reaches the queue three times."""

import time

from django.db import transaction

import pytest

from community.models import ReformerProfile
from core import outbox
from core.models import OutboxMessage
from core.tasks import outbox_deliver
from search.models import EvidenceRecord
from tests.core.effects import effect_record, effects
from tests.integration.conftest import wait_for
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# A write must not wait on the broker: a refused connection fails at once; a broker that
# accepts and never answers costs the socket timeout (3 s), where redis-py alone would wait
# for ever (here: until the silent server drops the connection, after 20 s).
PROMPT = 5.0
HUNG_BOUND = 10.0


def _profile_form(vocab):
    return {
        "display_name": "Amara Okafor",
        "headline": "Opens up public contracts",
        "bio": "I work on procurement data.",
        "organisation": "Public Procurement Agency",
        "sector": "government",
        "challenge_areas": [vocab["areas"]["anti-corruption"].pk],
        "themes": [vocab["themes"]["fiscal-openness"].pk],
        "expertise": "open contracting",
        "languages": ["en"],
        "visibility": "public",
    }


def _story_form(story):
    return {
        "title": story.title,
        "slug": story.slug,
        "date": "2024-05-01",
        "intro": story.intro,
        "author_name": "A writer",
        "body-count": "0",
        "tags": "",
        "action-publish": "publish",
    }


def _timed_post(client, url, data):
    started = time.monotonic()
    response = client.post(url, data)
    return response, time.monotonic() - started


def _by_task(name):
    return [m for m in OutboxMessage.objects.order_by("pk") if m.task == name]


def test_writes_succeed_with_the_broker_down_and_their_work_is_done_once_it_is_back(
    shared_database, broker, celery_worker, worker_log, client, vocab, reformer, staff
):
    story = StoryPageFactory(parent=story_index(), title="Whistleblowers of Nairobi", live=False)
    story.save_revision()

    # --- Redis is down ---------------------------------------------------------------------
    client.force_login(reformer)
    response, took = _timed_post(client, "/profile/", _profile_form(vocab))
    assert response.status_code == 302, response.content[:500]
    assert took < PROMPT
    profile = ReformerProfile.objects.get(user=reformer)

    client.force_login(staff)
    response, took = _timed_post(client, f"/admin/pages/{story.pk}/edit/", _story_form(story))
    assert response.status_code == 302, response.content[:500]
    assert took < PROMPT
    story.refresh_from_db()
    assert story.live

    with transaction.atomic():
        once = outbox.enqueue(effect_record, marker="once")

    peers = _by_task("search.tasks.peers_sync")
    owners = _by_task("search.tasks.owners_sync")
    assert [m.kwargs for m in peers] == [{"profile_ids": [profile.pk]}]
    assert [f"page:{story.pk}" in m.kwargs["owners"] for m in owners] == [True]
    for message in OutboxMessage.objects.all():
        assert message.attempts == 1 and message.last_error, message
    assert "Connection refused" in peers[0].last_error  # the first send really tried
    assert not EvidenceRecord.objects.filter(owner=f"page:{story.pk}").exists()
    assert effects() == []

    # --- Redis is back, and the effect's message reaches the queue twice before the drain ---
    broker.start()
    outbox_deliver.apply_async((once.pk,))
    outbox_deliver.apply_async((once.pk,))
    celery_worker(broker.url)
    try:
        wait_for(lambda: not OutboxMessage.objects.exists(), timeout=90, what="an empty outbox")
    except AssertionError as error:
        raise AssertionError(f"{error}\n--- worker log ---\n{worker_log()}") from None

    assert EvidenceRecord.objects.filter(owner=f"page:{story.pk}", title=story.title).exists()
    assert effects() == ["once"]  # three deliveries, one effect


@pytest.mark.django_db
def test_a_broker_that_never_answers_does_not_hold_up_a_write(
    silent_server, use_broker, client, vocab, reformer, django_capture_on_commit_callbacks
):
    use_broker(f"redis://127.0.0.1:{silent_server}/0")
    client.force_login(reformer)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):  # the commit hook sends
        response = client.post("/profile/", _profile_form(vocab))
    took = time.monotonic() - started
    assert response.status_code == 302
    assert took < HUNG_BOUND
    # the profile's follow-up work (its peer-index entry; the listed reformers' counts of
    # its country and areas, which the new profile changes) is kept: the first send timed
    # out, and the next was not tried (the broker had just failed), so one timeout at most
    errors = sorted(OutboxMessage.objects.values_list("task", "last_error"))
    assert [task for task, _ in errors] == [
        "community.tasks.listed_counts_refresh",
        "search.tasks.peers_sync",
    ]
    assert sum("Timeout" in error for _, error in errors) == 1
    assert sum("not sent: the broker failed moments ago" in error for _, error in errors) == 1
