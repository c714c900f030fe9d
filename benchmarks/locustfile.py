"""`make load`'s mixed read workload (benchmarks/load.py runs it headless against gunicorn):
anonymous readers on the public pages and search, and signed-in reformers on their dashboard.
The addresses come from the environment (BENCH_URLS_FILE, written by load.py from the
database, so that they exist at any size); the weights below say how often each is read."""

import json
import os
import random

from locust import FastHttpUser, constant, task

with open(os.environ["BENCH_URLS_FILE"], encoding="utf-8") as stream:
    URLS = json.load(stream)
HEADERS = {"X-Forwarded-Proto": "https"}  # as behind the TLS proxy production settings expect
_random = random.Random(int(os.environ.get("BENCH_SEED", "17")))  # noqa: S311 - not secrets


def _pick(kind: str) -> str:
    return _random.choice(URLS[kind])


def _get(client, url: str, name: str, headers=HEADERS) -> None:
    """A read that counts as an error unless it answers 200 itself (a redirect to the sign-in
    page or to https is an error of the set-up, not a page)."""
    with client.get(
        url, headers=headers, name=name, allow_redirects=False, catch_response=True
    ) as response:
        if response.status_code != 200:
            response.failure(f"status {response.status_code}")


class Reader(FastHttpUser):
    """An anonymous reader: home, lists, a commitment, a story, the guide, a search."""

    weight = 4
    wait_time = constant(0)

    @task(3)
    def page(self):
        url = _pick("pages")
        _get(self.client, url, url)

    @task(2)
    def commitment(self):
        _get(self.client, _pick("commitments"), "/commitments/<id>/")

    @task(2)
    def story(self):
        _get(self.client, _pick("stories"), "/stories/<slug>/")

    @task(2)
    def search(self):
        _get(self.client, _pick("searches"), "/search/?q=…")


class SignedInReformer(FastHttpUser):
    """A signed-in reformer reading their dashboard (peers, saved searches, learning)."""

    weight = 1
    wait_time = constant(0)

    @task
    def dashboard(self):
        headers = {**HEADERS, "Cookie": f"sessionid={URLS['session']}"}
        _get(self.client, "/dashboard/", "/dashboard/ (signed in)", headers)


class BareView(FastHttpUser):
    """The floor (load.py runs this class alone, first): /healthz, one SELECT 1."""

    wait_time = constant(0)

    @task
    def healthz(self):
        _get(self.client, "/healthz", "/healthz")
