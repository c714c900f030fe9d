"""The search contract: one suite, the same fixtures and the same expected answers for every
engine. The database engine always runs; Elasticsearch and OpenSearch only when
ELASTICSEARCH_URL / OPENSEARCH_URL name a live cluster (their engine-only tests are in
test_elasticsearch_engine.py).

The corpus is described in factories.py; every expected result below can be checked by hand
against its table."""

import contextlib
import datetime
import os
import uuid

from django.utils import timezone

import pytest

from search import selectors, services
from search.engines import get_engine, reset
from search.engines.base import PeerQuery, SearchRequest
from search.models import EvidenceRecord
from tests.search.factories import commitment_create

pytestmark = pytest.mark.django_db

# a live cluster per engine: the contract runs on each one whose URL is set (.ci/run sets
# OPENSEARCH_URL to the node it starts; docs/search-elasticsearch.md)
CLUSTER_URLS = {
    "elasticsearch": os.environ.get("ELASTICSEARCH_URL", ""),
    "opensearch": os.environ.get("OPENSEARCH_URL", ""),
}
ENGINES = [
    "database",
    *(
        pytest.param(
            alias,
            marks=pytest.mark.skipif(
                not url, reason=f"set {alias.upper()}_URL to run the contract on a cluster"
            ),
        )
        for alias, url in CLUSTER_URLS.items()
    ),
]


def _drop_indices(engine) -> None:
    client = engine.client
    for alias in (engine.index, engine.peers_index):
        try:
            concrete = list(client.indices.get_alias(name=alias))
        except Exception:  # noqa: BLE001 - nothing was created under this alias
            concrete = []
        for index in concrete:
            client.indices.delete(index=index, ignore_unavailable=True)


@contextlib.contextmanager
def cluster_engine(alias: str, settings, prefix: str):
    """The live cluster engine `alias` on an index of its own (named `prefix` and a random
    suffix), fed with every evidence record; its indices are dropped afterwards."""
    cluster = settings.SEARCH_ENGINES[alias]
    options = {
        **cluster["OPTIONS"],
        "url": CLUSTER_URLS[alias],
        "index": f"{prefix}-{uuid.uuid4().hex[:10]}",
        "read_timeout": 30,
        "write_timeout": 30,
    }
    settings.SEARCH_ENGINES = {**settings.SEARCH_ENGINES, alias: {**cluster, "OPTIONS": options}}
    engine = get_engine(alias)
    try:
        engine.rebuild(EvidenceRecord.objects.all())
        yield engine
    finally:
        _drop_indices(engine)
        reset()


@pytest.fixture(params=ENGINES)
def search_engine(request, corpus, people, settings):
    """The engine under test, fed with the corpus and the profiles."""
    if request.param == "database":
        yield get_engine("database")
        return
    with cluster_engine(request.param, settings, "opengov-contract") as engine:
        yield engine


def keys(hits) -> list[str]:
    return [hit.key for hit in hits]


def search(engine, query="", **options):
    options.setdefault("language", "en")
    return engine.search(SearchRequest(query=query, **options))


def facet(results, name) -> dict[str, int]:
    return {value.value: value.count for value in results.facets[name]}


# --- relevance -----------------------------------------------------------------------------


def test_a_title_match_ranks_above_a_single_mention_in_the_body(search_engine, corpus):
    found = keys(search(search_engine, "ownership").hits)
    assert "commitment:ES0001" in found  # "…check the ownership of bidding firms…"
    assert found.index("commitment:KE0001") < found.index("commitment:ES0001")
    assert found[0] in corpus.keys("KE0001", "rec:Publish beneficial ownership data")


def test_every_word_of_the_query_in_the_title_comes_first(search_engine):
    found = keys(search(search_engine, "beneficial ownership register").hits)
    assert found[0] == "commitment:KE0001"


def test_typos_are_forgiven(search_engine):
    results = search(search_engine, "benficial ownershp")
    assert keys(results.hits)[0] == "commitment:KE0001"
    assert results.corrected_query in ("", "beneficial ownership")


def test_a_quoted_phrase_must_appear_as_a_phrase(search_engine, corpus):
    loose = keys(search(search_engine, "beneficial ownership", per_page=50).hits)
    assert "commitment:ES0001" in loose  # "…check the ownership of bidding firms…"
    quoted = search(search_engine, '"beneficial ownership"', per_page=50)
    found = keys(quoted.hits)
    assert "commitment:KE0001" in found
    assert corpus.key("rec:Publish beneficial ownership data") in found
    assert "commitment:ES0001" not in found
    assert corpus.key("story:owners") not in found  # "beneficial owners", not "ownership"
    assert quoted.total == len(found) < len(loose)
    # curly quotes too, and stop words inside are the index's business
    curly = keys(search(search_engine, "\u201cbeneficial ownership\u201d", per_page=50).hits)
    assert curly == found


def test_a_letter_hyphenated_to_a_word_is_one_word(search_engine, corpus):
    """ "e-government" is "egovernment", not "government" after the Spanish stop word "e"."""
    _add(corpus, "KE0090", "kenya", "An e-Government portal for permits",
         "Citizens apply for permits on one portal.", "anti-corruption", "anti-corruption",
         [])  # fmt: skip
    services.rebuild()
    if search_engine.name != "database":
        search_engine.rebuild(EvidenceRecord.objects.all())
    assert "commitment:KE0090" in keys(search(search_engine, "egovernment").hits)
    assert "commitment:KE0090" in keys(search(search_engine, "E\u2011government").hits)
    plain = search(search_engine, '"government portal"', per_page=50)
    assert "commitment:KE0090" not in keys(plain.hits)


def test_a_repeated_word_does_not_hide_a_typo(search_engine):
    results = search(search_engine, "register register benficial")
    assert keys(results.hits)[0] == "commitment:KE0001"
    assert results.corrected_query in ("", "register beneficial")


@pytest.mark.parametrize("query", ["propriété effective", "beneficiarios finales"])
def test_a_french_or_spanish_query_finds_english_records_through_the_glossary(
    search_engine, corpus, query
):
    found = keys(search(search_engine, query).hits)
    assert "commitment:KE0001" in found  # English: "Beneficial ownership register"
    assert corpus.key("rec:Publish beneficial ownership data") in found
    assert "commitment:FR0001" in found  # and the French one, in its own words
    assert "commitment:BR0001" not in found and "commitment:KE0003" not in found


def test_an_empty_query_returns_everything_newest_first(search_engine, corpus):
    results = search(search_engine, "", sort="date")
    assert results.total == 13  # 14 records, the French story folded into its English one
    found = keys(results.hits) + keys(search(search_engine, "", sort="date", page=2).hits)
    guide = set(corpus.keys("chapter", "rec:Publish beneficial ownership data",
                            "rec:Open the procurement data"))  # fmt: skip
    assert set(found[:3]) == guide  # published today
    assert found[3:] == [
        corpus.key("story:owners"),  # 2024-05
        corpus.key("story:courts"),  # 2023-11
        "commitment:KE0003",  # 2023-04
        corpus.key("story:budget"),  # 2022-10
        "commitment:BR0001",  # 2022-09
        "commitment:FR0001",  # 2022-01
        "commitment:KE0002",  # 2021-06
        "commitment:KE0001",  # 2021-02
        "commitment:ES0002",  # 2020-03
        "commitment:ES0001",  # 2019-05
    ]


def test_sort_by_date_applies_to_a_query_too(search_engine, corpus):
    found = keys(search(search_engine, "beneficial ownership", sort="date").hits)
    dated = [k for k in found if k.startswith(("commitment:", "story:"))]
    assert dated == [corpus.key("story:owners"), "commitment:FR0001", "commitment:KE0001",
                     "commitment:ES0001"]  # fmt: skip


def test_pagination_totals(search_engine):
    pages = [search(search_engine, "", sort="date", per_page=5, page=n) for n in (1, 2, 3, 4)]
    assert [r.total for r in pages] == [13, 13, 13, 13]
    assert [len(r.hits) for r in pages] == [5, 5, 3, 0]
    assert pages[0].num_pages == 3
    seen = [key for r in pages for key in keys(r.hits)]
    assert len(seen) == len(set(seen)) == 13


# --- filters and facets --------------------------------------------------------------------


def test_filters_combine_with_and_across_facets_and_or_within_one(search_engine, corpus):
    def found(**filters):
        return set(keys(search(search_engine, "", filters=filters, per_page=50).hits))

    assert found(type=["commitment"], country=["spain"]) == {
        "commitment:ES0001",
        "commitment:ES0002",
    }
    assert found(type=["commitment"], country=["spain"], area=["climate-environment"]) == {
        "commitment:ES0002"
    }
    assert found(area=["anti-corruption"], country=["kenya", "france"]) == {
        "commitment:KE0001",
        "commitment:KE0002",
        "commitment:FR0001",
        corpus.key("story:owners"),
    }
    assert found(type=["story", "chapter"], region=["americas"]) == {corpus.key("story:budget")}
    assert found(year=["2021", "2023"], type=["commitment"]) == {
        "commitment:KE0001",
        "commitment:KE0002",
        "commitment:KE0003",
    }
    assert found(language=["fr"]) == {"commitment:FR0001", corpus.key("story:owners:fr")}
    assert found(country=["spain"], area=["fiscal-openness"]) == set()


def test_facet_counts_reflect_the_other_active_filters(search_engine):
    results = search(search_engine, "", filters={"area": ["anti-corruption"], "country": ["kenya"]})
    assert results.total == 3  # KE0001, KE0002 and the Kenyan story
    # each facet counts what choosing one of its values would give, all other filters kept
    assert facet(results, "area") == {"anti-corruption": 3, "justice": 1}
    assert facet(results, "country") == {"kenya": 3, "spain": 1, "france": 1}
    assert facet(results, "type") == {"commitment": 2, "story": 1}
    assert facet(results, "year") == {"2021": 2, "2024": 1}
    assert facet(results, "region") == {"africa-middle-east": 3}
    selected = {v.value for v in results.facets["country"] if v.selected}
    assert selected == {"kenya"}


def test_facet_counts_without_filters_count_each_group_once(search_engine):
    results = search(search_engine, "")
    assert facet(results, "type") == {"commitment": 7, "story": 3, "chapter": 1,
                                      "recommendation": 2}  # fmt: skip
    # a language counts the groups with a translation in it: what choosing it gives (the
    # French story is shown in English until French is chosen)
    assert facet(results, "language") == {"en": 12, "fr": 2}
    assert facet(results, "country") == {"kenya": 4, "spain": 3, "brazil": 2, "france": 1}


def test_a_language_gives_as_many_results_as_its_count_said(search_engine):
    for query in ("", "owners"):
        counts = facet(search(search_engine, query), "language")
        for language, count in counts.items():
            chosen = search(search_engine, query, filters={"language": [language]})
            assert chosen.total == count, (query, language)
            assert facet(chosen, "language")[language] == count


def test_a_selected_value_with_no_results_is_still_listed(search_engine):
    results = search(search_engine, "", filters={"country": ["atlantis"]})
    assert results.total == 0 and results.hits == []
    assert [(v.value, v.count, v.selected) for v in results.facets["country"]
            if v.value == "atlantis"] == [("atlantis", 0, True)]  # fmt: skip


# --- exclusions, translations, more like this ----------------------------------------------


def test_excluded_keys_are_left_out(search_engine):
    full = search(search_engine, "beneficial ownership")
    fewer = search(search_engine, "beneficial ownership", exclude_keys=("commitment:KE0001",))
    assert "commitment:KE0001" in keys(full.hits)
    assert "commitment:KE0001" not in keys(fewer.hits)
    assert fewer.total == full.total - 1


def test_indexed_after_counts_only_records_first_indexed_later(search_engine):
    from search import index_version

    later = timezone.now() + datetime.timedelta(days=1)
    EvidenceRecord.objects.filter(key="commitment:KE0001").update(first_indexed_at=later)
    index_version.bump()
    if search_engine.name != "database":
        search_engine.rebuild(EvidenceRecord.objects.all())
    cut = later - datetime.timedelta(hours=1)
    everything = search(search_engine, "beneficial ownership")
    new = search(search_engine, "beneficial ownership", indexed_after=cut, per_page=0)
    assert everything.total > 1
    assert new.total == 1
    assert new.hits == []
    page = search(search_engine, "beneficial ownership", indexed_after=cut)
    assert keys(page.hits) == ["commitment:KE0001"]


@pytest.mark.parametrize(("language", "expected"), [("en", "story:owners"),
                                                    ("fr", "story:owners:fr")])  # fmt: skip
def test_translations_are_shown_once_in_the_readers_language(
    search_engine, corpus, language, expected
):
    stories = search(search_engine, "", filters={"type": ["story"]}, language=language)
    assert stories.total == 3
    found = keys(stories.hits)
    assert corpus.key(expected) in found
    other = {"story:owners", "story:owners:fr"} - {expected}
    assert corpus.key(other.pop()) not in found
    matched = keys(search(search_engine, "kenya owners", language=language).hits)
    assert corpus.key(expected) in matched


def test_more_like_leaves_out_the_record_its_translations_and_its_members_commitments(
    search_engine, corpus
):
    related = keys(search_engine.more_like("commitment:KE0001", limit=20))
    assert related, "the corpus has other anti-corruption evidence"
    assert "commitment:KE0001" not in related
    assert not {"commitment:KE0002", "commitment:KE0003"} & set(related)  # same member
    assert corpus.key("rec:Publish beneficial ownership data") in related

    for key in corpus.keys("story:owners", "story:owners:fr"):
        around_story = keys(search_engine.more_like(key, limit=20))
        assert not set(corpus.keys("story:owners", "story:owners:fr")) & set(around_story)
    # a story's related items may include the member's commitments: only commitments exclude
    # their own member's
    assert "commitment:KE0001" in keys(search_engine.more_like(corpus.key("story:owners")))


def test_more_like_keeps_to_the_kinds_asked_for(search_engine):
    kinds = {"story", "recommendation"}
    related = search_engine.more_like("commitment:KE0001", kinds=list(kinds), limit=20)
    assert related and {hit.kind for hit in related} <= kinds


def _add(corpus, public_id, member, title, description, area, theme, policy_areas):
    commitment_create(corpus, public_id, member, 2020, datetime.date(2020, 1, 1), title,
                      description, area, theme, (False, "", ""), policy_areas)  # fmt: skip


@pytest.fixture
def multilingual(search_engine, corpus):
    """Beside the corpus: a Spanish asset-declaration commitment (the source), another
    Spanish one on a different topic in much the same words, and English ones on asset
    declarations that share none of the source's words."""
    _add(
        corpus,
        "ES0010",
        "spain",
        "Declaraciones patrimoniales de los funcionarios públicos",
        "Los funcionarios públicos del gobierno presentarán sus declaraciones patrimoniales "
        "cada año en la plataforma del gobierno y la ciudadanía podrá consultarlas en la "
        "plataforma.",
        "anti-corruption",
        "anti-corruption",
        ["Asset Disclosure"],
    )
    _add(
        corpus,
        "ES0011",
        "brazil",
        "Plataforma del gobierno para la ciudadanía",
        "La plataforma del gobierno permitirá a la ciudadanía y a los funcionarios públicos "
        "consultar cada año los trámites del gobierno en la plataforma.",
        "climate-environment",
        "climate",
        ["Public Service Delivery"],
    )
    _add(corpus, "FR0010", "france", "Wealth statements by ministers",
         "Ministers file wealth statements, checked by an independent authority.",
         "anti-corruption", "anti-corruption", ["Asset Disclosure"])  # fmt: skip
    services.rebuild()
    if search_engine.name != "database":
        search_engine.rebuild(EvidenceRecord.objects.all())
    return corpus


def test_a_spanish_source_finds_its_topic_in_english_before_spanish_words_on_another(
    search_engine, multilingual
):
    found = keys(search_engine.more_like("commitment:ES0010", kinds=["commitment"], limit=10))
    assert "commitment:FR0010" in found
    assert "commitment:KE0002" in found  # asset declarations, in English
    assert found.index("commitment:FR0010") < found.index("commitment:ES0011")
    assert found.index("commitment:KE0002") < found.index("commitment:ES0011")


@pytest.fixture
def crowded(search_engine, corpus):
    """Three other members' commitments much like KE0001 (a beneficial ownership register)."""
    for public_id, member in (("ES0020", "spain"), ("FR0020", "france"), ("BR0020", "brazil")):
        _add(corpus, public_id, member, "Public register of the beneficial owners of companies",
             "A public register of the beneficial owners of companies, searchable by anyone, "
             "linked to company filings and open as data.", "anti-corruption",
             "anti-corruption", ["Beneficial Ownership"])  # fmt: skip
    services.rebuild()
    if search_engine.name != "database":
        search_engine.rebuild(EvidenceRecord.objects.all())
    return corpus


def test_the_commitment_page_offers_the_guide_and_a_story_among_many_commitments(
    search_engine, crowded
):
    engine = search_engine
    kinds = ["recommendation", "story", "commitment", "research"]
    plain = engine.more_like("commitment:KE0001", kinds=kinds, limit=3)
    assert {hit.kind for hit in plain} == {"commitment"}  # the crowd
    hits = engine.more_like("commitment:KE0001", kinds=kinds, limit=3, every_kind=True)
    assert {hit.kind for hit in hits} == {"recommendation", "story", "commitment"}
    assert crowded.key("rec:Publish beneficial ownership data") in {hit.key for hit in hits}


def test_more_like_an_unknown_key_is_empty(search_engine):
    assert search_engine.more_like("commitment:NOPE") == []


def test_autocomplete_offers_titles_once_per_translation_group(search_engine):
    titles = [hit.title for hit in search_engine.autocomplete("Beneficial own")]
    assert "Beneficial ownership register" in titles
    assert search_engine.autocomplete("b") == []


def test_autocomplete_offers_the_readers_language_first(search_engine):
    """The Kenya story matches in English and in French: each reader gets it in their own
    language, first."""
    english = [hit.title for hit in search_engine.autocomplete("Kenya", language="en")]
    french = [hit.title for hit in search_engine.autocomplete("Kenya", language="fr")]
    assert "How Kenya found the owners" in english
    assert "Comment le Kenya a trouvé les propriétaires" not in english
    assert french[0] == "Comment le Kenya a trouvé les propriétaires"
    assert "How Kenya found the owners" not in french


# --- peers ---------------------------------------------------------------------------------


def peer_query(people, *, visibilities=("public",), country="kenya", **extra):
    viewer = people["viewer"]
    return PeerQuery(
        areas=["anti-corruption", "justice"],
        themes=["anti-corruption"],
        country=country,
        exclude_user_ids=(viewer.user_id,),
        visibilities=visibilities,
        **extra,
    )


def names(hits, people) -> list[str]:
    by_id = {profile.pk: name for name, profile in people.items()}
    return [by_id[hit.profile_id] for hit in hits]


def test_anonymous_visitors_see_public_peers_only(search_engine, people, corpus):
    found = names(search_engine.peers(peer_query(people)), people)
    assert found == ["ana", "ben", "gus"]


def test_members_see_members_only_profiles_too(search_engine, people, corpus):
    query = peer_query(people, visibilities=("public", "members"))
    assert names(search_engine.peers(query), people) == ["carla", "ana", "ben", "gus"]


def test_private_opted_out_inactive_and_the_viewer_are_never_suggested(
    search_engine, people, corpus
):
    query = peer_query(people, visibilities=("public", "members", "private"), limit=50)
    found = set(names(search_engine.peers(query), people))
    assert not found & {"viewer", "dan", "eve", "finn", "hana"}


def test_peers_prefer_shared_areas_then_other_countries_with_strong_commitments(
    search_engine, people, corpus
):
    found = search_engine.peers(peer_query(people, visibilities=("public", "members")))
    hits = dict(zip(names(found, people), found, strict=True))
    assert hits["carla"].shared_areas == ["anti-corruption", "justice"]
    assert not hits["carla"].comparable_reform  # Spain's anti-corruption results are weak
    assert hits["ana"].shared_areas == ["anti-corruption"] and hits["ana"].comparable_reform
    assert hits["ben"].shared_areas == ["anti-corruption"] and not hits["ben"].comparable_reform
    assert hits["gus"].shared_areas == [] and hits["gus"].shared_themes == ["anti-corruption"]
    assert hits["carla"].score > hits["ana"].score > hits["ben"].score > hits["gus"].score


def test_peer_suggestions_give_their_reasons(search_engine, people, reformer, monkeypatch):
    monkeypatch.setattr(selectors, "engine", lambda: search_engine)
    suggestions = {s.profile.display_name: s.reasons for s in
                   selectors.peers_for_user(user=reformer)}  # fmt: skip
    assert list(suggestions) == ["Carla Spain", "Ana France", "Ben Kenya", "Gus Brazil"]
    assert suggestions["Carla Spain"] == ["2 shared challenge areas: Anti-corruption, Justice"]
    assert suggestions["Ana France"] == [
        "1 shared challenge area: Anti-corruption",
        "Their country has strong commitments in these areas",
    ]
    assert suggestions["Gus Brazil"] == ["1 shared theme: Anti-corruption"]


def test_no_areas_and_no_themes_suggest_nobody(search_engine, people):
    assert search_engine.peers(PeerQuery(areas=[], themes=[])) == []


# --- courses and lessons (registered by learning, search.api.register_pages) -----------------


def test_courses_and_lessons_are_evidence_with_facets_and_related_items(search_engine, corpus):
    from search import services
    from tests.learning.factories import course_build, lessons_of

    course = course_build(modules=1, lessons_per_module=2, checks=(1,),
                          title="Beneficial ownership transparency for beginners")  # fmt: skip
    first, second = lessons_of(course)
    first.title = "Why beneficial ownership registers matter"
    first.save()
    services.owners_sync([f"page:{p.pk}" for p in (course, first, second)])
    if search_engine.name != "database":
        search_engine.rebuild(EvidenceRecord.objects.all())
    found = search(search_engine, "beneficial ownership", per_page=50)
    kinds = {hit.key: hit.kind for hit in found.hits}
    assert kinds[f"course:{course.pk}"] == "course"
    assert kinds[f"lesson:{first.pk}"] == "lesson"
    assert {"course": 1, "lesson": 1}.items() <= facet(found, "type").items()
    assert facet(found, "level") == {"introductory": 2}
    introductory = search(search_engine, "", filters={"level": ["introductory"]}, per_page=50)
    expected = {f"course:{course.pk}", f"lesson:{first.pk}", f"lesson:{second.pk}"}
    assert set(keys(introductory.hits)) == expected
    only = search(search_engine, "beneficial ownership", filters={"type": ["lesson"]})
    assert keys(only.hits) == [f"lesson:{first.pk}"]
    (hit,) = only.hits
    assert hit.member == course.title and hit.level == "introductory"
    related = search_engine.more_like(f"lesson:{first.pk}", kinds=["commitment", "story"])
    assert related and {h.kind for h in related} <= {"commitment", "story"}


# --- award winners (registered by awards, search.api.register_pages) -----------------------


def test_award_winners_are_evidence_once_the_results_are_published(search_engine, corpus):
    from django.utils import timezone

    from awards.models import Nomination
    from search import services
    from tests.awards.factories import NominationFactory, programme_build

    programme = programme_build(title="Open Gov Awards Contract")
    NominationFactory(programme=programme, title="Lobbying register for every ministry",
                      state=Nomination.State.WINNER, citation="Sunlight on lobbying.")  # fmt: skip
    services.owners_sync([f"page:{programme.pk}"])
    assert not EvidenceRecord.objects.filter(kind="award").exists()  # not published yet
    programme.results_published_at = timezone.now()
    programme.save()
    services.owners_sync([f"page:{programme.pk}"])
    if search_engine.name != "database":
        search_engine.rebuild(EvidenceRecord.objects.all())
    found = search(search_engine, "lobbying register", filters={"type": ["award"]})
    assert keys(found.hits) == [f"award:{programme.pk}"]
    (hit,) = found.hits
    assert hit.title == "Lobbying register for every ministry"
    assert hit.kind_label == "Award winner" and hit.url == programme.url
    assert "Open Gov Awards Contract" in hit.member
