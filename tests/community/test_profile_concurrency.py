"""New profiles saved at the same moment (PostgreSQL, 20 threads): no 500, no duplicate, no
IntegrityError, whether twenty people share a name or one person submits twice."""

from django.db import connection
from django.test import Client

import pytest

from community.models import ReformerProfile
from tests.community.factories import UserFactory
from tests.concurrency import all_at_once

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency needs a server database (DATABASE_URL=postgres://...)",
    ),
]

THREADS = 20


def _form(vocab):
    return {
        "display_name": "Amara Okafor",
        "sector": "government",
        "challenge_areas": [vocab["areas"]["anti-corruption"].pk],
        "visibility": "public",
    }


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def _posts(clients, data):
    """One submit of the profile form per client; each gives its status code."""
    return [lambda client=client: client.post("/profile/", data).status_code for client in clients]


def test_twenty_namesakes_save_their_profiles_at_once(vocab):
    users = [UserFactory() for _ in range(THREADS)]
    statuses = all_at_once(_posts([_signed_in(u) for u in users], _form(vocab)))
    assert statuses == [302] * THREADS
    slugs = list(ReformerProfile.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == THREADS


def test_one_person_submitting_twenty_times_at_once_gets_one_profile(vocab, monkeypatch):
    from community import services

    # the same suffix every time: every insert but one collides on the slug, and on the
    # account; each must end in the one profile, updated
    monkeypatch.setattr(services, "_slug_suffix", lambda: "aaaaaa")
    user = UserFactory()
    statuses = all_at_once(_posts([_signed_in(user) for _ in range(THREADS)], _form(vocab)))
    assert statuses == [302] * THREADS
    assert ReformerProfile.objects.filter(user=user).count() == 1
    assert ReformerProfile.objects.get(user=user).slug == "amara-okafor-aaaaaa"
