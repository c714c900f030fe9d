"""The database engine's peer matrix (search.peers.PeerMatrix): the same suggestions as
ranking.peer_score over every candidate, without a query once built, and rebuilt as soon as
a profile changes."""

import random
from types import SimpleNamespace

import pytest

from community.models import ReformerProfile
from search import peers, ranking
from search.engines.base import PeerQuery
from search.engines.database import DatabaseEngine
from tests.community.factories import CountryFactory
from tests.search.factories import peer_profile


def _reference(query: PeerQuery) -> list[tuple]:
    """ranking.peer_score over every candidate, one profile at a time (the engine's old way,
    kept as the definition of the expected answer)."""
    areas, themes = set(query.areas), set(query.themes)
    reform_areas = peers.reform_areas_by_country()
    found = []
    for profile in (
        peers.peer_candidates()
        .filter(visibility__in=query.visibilities)
        .exclude(user_id__in=query.exclude_user_ids)
    ):
        record = peers.peer_record(profile, reform_areas)
        shared_areas = sorted(areas.intersection(record["areas"]))
        shared_themes = sorted(themes.intersection(record["themes"]))
        if not shared_areas and not shared_themes:
            continue
        other = bool(record["country"]) and record["country"] != query.country
        comparable = other and bool(areas.intersection(record["reform_areas"]))
        score = ranking.peer_score(
            shared_areas, shared_themes, other_country=other, comparable=comparable
        )
        found.append((profile.pk, score, shared_areas, shared_themes, comparable))
    found.sort(key=lambda row: (-row[1], row[0]))
    return found[: query.limit]


@pytest.fixture
def crowd(vocab):
    """Sixty profiles with random areas, themes, countries, visibility and flags (seeded)."""
    rng = random.Random(17)
    countries = [CountryFactory(name=f"Country {n}", slug=f"country-{n}") for n in range(4)]
    area_slugs, theme_slugs = sorted(vocab["areas"]), sorted(vocab["themes"])
    profiles = [
        peer_profile(
            vocab,
            name=f"Peer {n}",
            areas=rng.sample(area_slugs, rng.randint(0, 3)),
            themes=rng.sample(theme_slugs, rng.randint(0, 2)),
            country=rng.choice([None, *countries]),
            visibility=rng.choice(["public", "public", "members", "private"]),
            open_to_peer_exchange=rng.random() < 0.85,
            active=rng.random() < 0.9,
        )
        for n in range(60)
    ]
    return {"profiles": profiles, "areas": area_slugs, "themes": theme_slugs, "rng": rng}


def _hits(engine, query):
    return [
        (h.profile_id, h.score, h.shared_areas, h.shared_themes, h.comparable_reform)
        for h in engine.peers(query)
    ]


def test_the_matrix_suggests_what_peer_score_over_every_candidate_does(crowd, monkeypatch):
    rng, engine = crowd["rng"], DatabaseEngine()
    # every country "has done comparable reforms" in two areas, so that the bonus is tested
    strong = {f"country-{n}": set(rng.sample(crowd["areas"], 2)) for n in range(4)}
    monkeypatch.setattr(peers, "reform_areas_by_country", lambda: strong)
    monkeypatch.setattr(
        DatabaseEngine,
        "_snapshot",
        lambda self: SimpleNamespace(reform_areas={c: frozenset(a) for c, a in strong.items()}),
    )
    viewer = crowd["profiles"][0]
    for _ in range(25):
        query = PeerQuery(
            areas=rng.sample(crowd["areas"], rng.randint(0, 3)),
            themes=rng.sample(crowd["themes"], rng.randint(0, 2)),
            country=rng.choice(["", "country-0", "country-1"]),
            exclude_user_ids=(viewer.user_id,),
            visibilities=rng.choice([("public",), ("public", "members")]),
            limit=rng.choice([3, 6, 50]),
        )
        assert _hits(engine, query) == _reference(query), query


def test_peers_take_no_query_once_the_matrix_is_built(crowd, django_assert_num_queries):
    engine = DatabaseEngine()
    query = PeerQuery(areas=crowd["areas"][:2], themes=crowd["themes"][:1], limit=6)
    first = engine.peers(query)
    assert first
    with django_assert_num_queries(0):
        assert engine.peers(query) == first


def test_a_changed_profile_is_suggested_as_it_is_now(crowd, vocab):
    engine = DatabaseEngine()
    area = crowd["areas"][0]
    query = PeerQuery(areas=[area], visibilities=("public", "members"), limit=100)
    before = {hit.profile_id for hit in engine.peers(query)}
    newcomer = peer_profile(vocab, name="New Peer", areas=[area])
    leaving = ReformerProfile.objects.get(pk=next(iter(before)))
    leaving.challenge_areas.clear()
    after = {hit.profile_id for hit in engine.peers(query)}
    assert newcomer.pk in after and newcomer.pk not in before
    assert leaving.pk not in after
