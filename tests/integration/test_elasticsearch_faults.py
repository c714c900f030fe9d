"""Elasticsearch down or hanging, against real loopback servers started here: (a) a closed port
(connection refused), (b) a socket server that accepts connections and never answers (a
cluster stuck in garbage collection, a frozen proxy). With the site's search pointed at each
(SEARCH_ENGINES as SEARCH_ENGINE=elasticsearch builds it):

- a reformer's profile save and an editor's page publish succeed, and promptly: the index
  write is attempted at most once, with the write timeout, and never fails the request;
- a search answers from the database engine and says so on the page;
- once the circuit breaker is open (shared through the project's cache), another process (a
  fresh engine instance) does not try the cluster again: the hanging server sees no new
  connection.

The time bound below is only a guard against a hang (the bug was a 120 s wait); what is
asserted is the outcome and the number of connections the hanging server saw."""

import socket
import threading
import time

import pytest
from pytest_django.asserts import assertContains

from community.models import ReformerProfile
from search import services
from search.engines import engine, reset
from search.engines.fallback import Circuit
from search.models import EvidenceRecord
from stories.models import StoryPage
from tests.community.factories import CommitmentFactory
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

HANG_GUARD = 10  # seconds; a guard against hanging, not a measure
TIMEOUT = 0.5  # the engine's read and write timeouts here (the settings' defaults: 1 s and 5 s)
NOTICE = "The search service is not answering"


class ClosedPort:
    """A loopback port where nothing listens: every connection is refused."""

    def __init__(self):
        with socket.create_server(("127.0.0.1", 0)) as probe:
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections = None  # nobody to count them

    def close(self):
        pass


class HangingServer:
    """Accepts every connection, reads nothing, answers nothing; counts the connections."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections = 0
        self._accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                connection, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._accepted.append(connection)  # kept open, never answered
            self.connections += 1

    def close(self):
        self._stop.set()
        self._thread.join(timeout=5)
        self.listener.close()
        for connection in self._accepted:
            connection.close()


@pytest.fixture(params=["closed port", "hanging server"])
def cluster(request):
    server = ClosedPort() if request.param == "closed port" else HangingServer()
    yield server
    server.close()


@pytest.fixture
def elasticsearch(settings, cluster):
    """The site's search on Elasticsearch at `cluster`, as SEARCH_ENGINE=elasticsearch and
    ELASTICSEARCH_URL configure it, with short timeouts so the suite stays quick."""
    config = settings.SEARCH_ENGINES["elasticsearch"]
    options = {
        **config["OPTIONS"],
        "url": cluster.url,
        "index": "opengov-faults",
        "read_timeout": TIMEOUT,
        "write_timeout": TIMEOUT,
    }
    configured = {**config, "OPTIONS": options}
    settings.SEARCH_ENGINES = {
        **settings.SEARCH_ENGINES,
        "default": configured,
        "elasticsearch": configured,
    }
    yield engine()
    reset()


def _profile_form(vocab, **overrides):
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
        "open_to_peer_exchange": "on",
        **overrides,
    }


def test_profile_saves_succeed_promptly(
    client, reformer, vocab, elasticsearch, cluster, django_capture_on_commit_callbacks
):
    client.force_login(reformer)
    started = time.monotonic()
    for headline in ("Opens up public contracts", "Audits public contracts"):
        with django_capture_on_commit_callbacks(execute=True):  # the indexing task runs
            response = client.post("/profile/", _profile_form(vocab, headline=headline))
        assert response.status_code == 302
        assert ReformerProfile.objects.get(user=reformer).headline == headline
    assert time.monotonic() - started < HANG_GUARD
    if cluster.connections is not None:
        assert cluster.connections <= 1  # one attempt; then the breaker is open for all
    assert elasticsearch.breaker.state() is Circuit.OPEN


def _story_form(story, **extra):
    return {
        "title": story.title,
        "slug": story.slug,
        "date": "2024-05-01",
        "intro": story.intro,
        "author_name": "An editor",
        "body-count": "0",
        "tags": "",
        **extra,
    }


def test_a_page_publish_succeeds_promptly(
    client, staff, elasticsearch, cluster, django_capture_on_commit_callbacks
):
    story = StoryPageFactory(parent=story_index(), title="Whistleblowers of Nairobi", live=False)
    story.save_revision()
    client.force_login(staff)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{story.pk}/edit/", _story_form(story, **{"action-publish": "on"})
        )
    assert time.monotonic() - started < HANG_GUARD
    assert response.status_code == 302
    assert StoryPage.objects.get(pk=story.pk).live
    # the read model has it (and the database engine answers from it)
    assert EvidenceRecord.objects.filter(key=f"story:{story.pk}").exists()
    if cluster.connections is not None:
        assert cluster.connections <= 1


def test_search_falls_back_and_a_second_process_does_not_wait_again(
    client, vocab, elasticsearch, cluster
):
    made = CommitmentFactory(title="Lobbying register for Parliament")
    services.owners_sync([f"commitment:{made.pk}"])
    started = time.monotonic()
    response = client.get("/search/", {"q": "lobbying register"})
    assert time.monotonic() - started < HANG_GUARD
    assertContains(response, NOTICE)
    assertContains(response, "Lobbying register for Parliament")
    if cluster.connections is not None:
        assert cluster.connections == 1  # the first reader waited the read timeout, once

    reset()  # another web process: its own engine instances, the same cache
    assert engine() is not elasticsearch
    response = client.get("/search/", {"q": "lobbying register"})
    assertContains(response, NOTICE)
    assertContains(response, "Lobbying register for Parliament")
    assert client.get(made.get_absolute_url()).status_code == 200  # evidence-for, peers
    assert client.get("/search/autocomplete/", {"q": "lobby"}).status_code == 200
    if cluster.connections is not None:
        assert cluster.connections == 1  # nobody tried the cluster again
