"""Keeping the read model in step with its sources: publish, unpublish, delete, edit, batch;
and the two maintenance commands, rebuild and reconcile.

Indexing runs on transaction commit, so every change that should reach the index happens
inside `django_capture_on_commit_callbacks(execute=True)` (Celery is eager in tests)."""

import io
from collections import Counter

from django.core.management import call_command
from django.db import transaction

import pytest

from community.models import Commitment
from core.models import OutboxMessage
from search import analysis, api, projection, selectors, services
from search.engines.base import SearchRequest
from search.models import EvidenceRecord
from tests.community.factories import CommitmentFactory, ProfileFactory
from tests.search.factories import corpus_build
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    results = selectors.evidence_search(SearchRequest(query=query, per_page=50))
    return [hit.key for hit in results.hits]


def titles(query: str) -> list[str]:
    results = selectors.evidence_search(SearchRequest(query=query, per_page=50))
    return [hit.title for hit in results.hits]


@pytest.fixture
def index(db):
    return story_index()


@pytest.fixture
def story(index, vocab, django_capture_on_commit_callbacks):
    page = StoryPageFactory(
        parent=index,
        title="Whistleblowers of Nairobi",
        intro="A hotline that protects the people who report bribes.",
        live=False,
        challenge_areas=[vocab["areas"]["anti-corruption"]],
    )
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()  # publishing works on the revision's copy
    return page


@pytest.fixture
def task_calls(monkeypatch):
    """Every run of the indexing tasks (through the outbox), which still do their work."""
    calls = {"owners": [], "profiles": []}
    for name, service in (("owners", "owners_sync"), ("profiles", "peers_sync")):
        original = getattr(services, service)

        def spy(batch, _name=name, _original=original):
            calls[_name].append(list(batch))
            return _original(batch)

        monkeypatch.setattr(services, service, spy)
    return calls


# --- pages ---------------------------------------------------------------------------------


def test_a_draft_story_is_not_found(index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        StoryPageFactory(parent=index, title="Whistleblowers of Nairobi", live=False)
    assert found("whistleblowers") == []


def test_publishing_a_story_makes_it_findable(story):
    assert titles("whistleblowers nairobi") == ["Whistleblowers of Nairobi"]
    record = EvidenceRecord.objects.get(key=f"story:{story.pk}")
    assert record.url == story.url and record.areas == ["anti-corruption"]
    assert titles("lanceurs d'alerte") == ["Whistleblowers of Nairobi"]  # the glossary


def test_republishing_an_edited_story_updates_its_record(story, django_capture_on_commit_callbacks):
    story.title = "Bribery hotline of Nairobi"
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert titles("bribery hotline") == ["Bribery hotline of Nairobi"]
    assert EvidenceRecord.objects.filter(owner=f"page:{story.pk}").count() == 1


def test_unpublishing_a_story_removes_it(story, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert found("whistleblowers") == []
    assert not EvidenceRecord.objects.filter(owner=f"page:{story.pk}").exists()


def test_a_removed_story_is_not_found(story, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    assert found("whistleblowers") == []
    assert not EvidenceRecord.objects.exists()
    response = client.get("/search/?q=whistleblowers")
    assert response.status_code == 200
    assert "Whistleblowers of Nairobi" not in response.content.decode()


def test_a_story_behind_a_view_restriction_is_not_indexed(
    story, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=story, restriction_type="login")
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert found("whistleblowers") == []


# --- commitments ---------------------------------------------------------------------------


@pytest.fixture
def commitment(vocab, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return CommitmentFactory(
            public_id="KE0042",
            title="Lobbying register for Parliament",
            challenge_areas=[vocab["areas"]["anti-corruption"]],
        )


def test_a_new_commitment_is_indexed_on_commit(commitment):
    assert found("lobbying register") == ["commitment:KE0042"]
    record = EvidenceRecord.objects.get(key="commitment:KE0042")
    assert record.areas == ["anti-corruption"] and record.owner == f"commitment:{commitment.pk}"


def test_editing_a_commitments_title_updates_its_record(
    commitment, django_capture_on_commit_callbacks
):
    commitment.title = "Whistleblower protection law"
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()
    assert found("whistleblower protection") == ["commitment:KE0042"]
    assert found("lobbying") == []
    assert EvidenceRecord.objects.get(key="commitment:KE0042").title == (
        "Whistleblower protection law"
    )


def test_changing_a_commitments_challenge_areas_updates_its_record(
    commitment, vocab, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        commitment.challenge_areas.set([vocab["areas"]["justice"]])
        commitment.save()
    assert EvidenceRecord.objects.get(key="commitment:KE0042").areas == ["justice"]


def test_deleting_a_commitment_removes_it(commitment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        commitment.delete()
    assert found("lobbying register") == []
    assert not EvidenceRecord.objects.exists()


def test_nothing_is_indexed_before_the_transaction_commits(
    vocab, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        CommitmentFactory(title="Lobbying register for Parliament")
        assert found("lobbying") == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert titles("lobbying") == ["Lobbying register for Parliament"]


def test_a_rolled_back_change_does_not_stop_later_ones_from_being_indexed(
    vocab, django_capture_on_commit_callbacks
):
    with pytest.raises(RuntimeError), transaction.atomic():
        CommitmentFactory(title="Never committed")
        raise RuntimeError("the import failed half-way")
    with django_capture_on_commit_callbacks(execute=True):
        CommitmentFactory(title="Lobbying register for Parliament")
    assert titles("lobbying") == ["Lobbying register for Parliament"]
    assert found("committed") == []


# --- batching ------------------------------------------------------------------------------


def test_the_saves_of_one_transaction_go_to_one_task_call(
    vocab, task_calls, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        made = [CommitmentFactory(title=f"Open budget step {n}") for n in range(4)]
        made[0].title = "Open budget step zero"
        made[0].save()  # the same owner twice counts once
    # in the order of the saves, each owner once
    assert task_calls["owners"] == [[f"commitment:{c.pk}" for c in made]]
    assert EvidenceRecord.objects.count() == 4


def test_big_transactions_are_sent_in_batches(
    vocab, task_calls, monkeypatch, django_capture_on_commit_callbacks
):
    from search import signals

    monkeypatch.setattr(signals, "BATCH_SIZE", 2)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):
            CommitmentFactory(title=f"Open budget step {n}")
    assert [len(batch) for batch in task_calls["owners"]] == [2, 2, 1]
    assert EvidenceRecord.objects.count() == 5


def test_profile_changes_go_to_the_peers_task_once(
    vocab, task_calls, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = ProfileFactory(challenge_areas=[vocab["areas"]["justice"]])
        profile.themes.set([vocab["themes"]["justice"]])
    assert task_calls["profiles"] == [[profile.pk]]
    assert task_calls["owners"] == []


def test_indexing_paused_queues_nothing_until_a_rebuild(
    vocab, index, task_calls, django_capture_on_commit_callbacks
):
    """search.api's switch for bulk loads (load_demo): nothing saved inside it is queued for
    the index, what is saved after it is, and one rebuild catches up."""
    with django_capture_on_commit_callbacks(execute=True):
        with api.indexing_paused():
            commitment = CommitmentFactory(title="Zebra crossings audit")
            commitment.challenge_areas.set([vocab["areas"]["justice"]])
            page = StoryPageFactory(parent=index, title="Zebra courts story", live=False)
            page.save_revision().publish()
            profile = ProfileFactory(challenge_areas=[vocab["areas"]["justice"]])
            profile.user.is_active = False
            profile.user.save()
        after = CommitmentFactory(title="Budget hearings after the pause")
    assert task_calls == {"owners": [[f"commitment:{after.pk}"]], "profiles": []}
    assert OutboxMessage.objects.count() == 0
    assert titles("zebra") == []

    counts = api.rebuild()
    assert counts["records"] == EvidenceRecord.objects.count() == 3
    assert sorted(titles("zebra")) == ["Zebra courts story", "Zebra crossings audit"]


def test_indexing_paused_ends_with_its_block_even_on_an_error(
    vocab, task_calls, django_capture_on_commit_callbacks
):
    with pytest.raises(RuntimeError), api.indexing_paused():
        raise RuntimeError("load failed")
    with django_capture_on_commit_callbacks(execute=True):
        made = CommitmentFactory(title="Indexed again")
    assert task_calls["owners"] == [[f"commitment:{made.pk}"]]


def test_a_spanish_commitments_tags_count_once_as_an_english_ones_do(vocab):
    # the same policy areas and challenge area: the tags field must hold the same terms, each
    # as often, whatever language the commitment is written in (each name is stemmed in its
    # own language, not in the record's and again in English)
    area = vocab["areas"]["anti-corruption"]
    english = CommitmentFactory(
        title="Lobbying register for the parliament",
        description="The parliament will publish a register of lobbyists and of their meetings.",
        challenge_areas=[area],
    )
    spanish = CommitmentFactory(
        title="Registro de cabildeo del congreso",
        description="El congreso publicará un registro de los cabilderos y de sus reuniones "
        "con los legisladores.",
        challenge_areas=[area],
    )
    for commitment in (english, spanish):
        commitment.policy_areas.set(["Lobbying", "Open Parliaments"])
    en, es = (projection.commitment_records(c)[0] for c in (english, spanish))
    assert (en["language"], es["language"]) == ("en", "es")
    assert Counter(es["analysed_tags"].split()) == Counter(en["analysed_tags"].split())
    terms = Counter(es["analysed_tags"].split())
    assert terms[analysis.stem("lobbying", "en")] == 1
    assert terms[analysis.concept_token("lobbying")] == 1


def test_a_research_resource_becomes_a_research_record(vocab):
    from tests.resources.factories import ResourceFactory

    resource = ResourceFactory(
        title="Do beneficial ownership registers deter shell companies?",
        challenge_areas=[vocab["areas"]["anti-corruption"]],
    )
    record_key = f"research:{resource.source_id}"
    assert services.owners_sync([f"resource:{resource.pk}"]) == {
        "changed": [record_key],
        "deleted": [],
    }
    record = EvidenceRecord.objects.get(owner=f"resource:{resource.pk}")
    assert record.kind == "research" and record.areas == ["anti-corruption"]
    assert record.key in found("shell companies")


def test_owners_sync_is_idempotent_and_ignores_unknown_owners(vocab):
    made = CommitmentFactory(title="Lobbying register for Parliament")
    owner = f"commitment:{made.pk}"
    key = f"commitment:{made.public_id}"
    assert services.owners_sync([owner]) == {"changed": [key], "deleted": []}
    assert services.owners_sync([owner, owner]) == {"changed": [], "deleted": []}
    assert services.owners_sync(["commitment:abc", "nothing:1", "page:999999", ""]) == {
        "changed": [],
        "deleted": [],
    }
    Commitment.objects.filter(pk=made.pk).delete()
    assert services.owners_sync([owner]) == {"changed": [], "deleted": [key]}


# --- rebuild -------------------------------------------------------------------------------


def run(command, *args) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_rebuild_writes_every_record_once_and_then_nothing(vocab):
    corpus_build(vocab, rebuild=False)
    assert not EvidenceRecord.objects.exists()
    first = run("rebuild_search_index", "--no-progress")
    assert "14 evidence records (14 written, 0 removed); engine indexed 14." in first
    assert EvidenceRecord.objects.count() == 14
    second = run("rebuild_search_index", "--no-progress")
    assert "14 evidence records (0 written, 0 removed)" in second
    assert EvidenceRecord.objects.count() == 14


def _rebuild_queries(django_assert_max_num_queries) -> int:
    EvidenceRecord.objects.all().delete()
    with django_assert_max_num_queries(200) as captured:
        counts = services.rebuild()
    assert counts["changed"] == counts["records"] == EvidenceRecord.objects.count()
    return len(captured.captured_queries)


def test_rebuild_queries_do_not_grow_with_the_records(vocab, django_assert_max_num_queries):
    """Records written in bulk (not one INSERT each) and projected from prefetched rows (not
    one tag query each): 5 or 25 commitments, with policy areas, take the same queries."""
    area = vocab["areas"]["justice"]

    def add(count):
        for _ in range(count):
            commitment = CommitmentFactory(challenge_areas=[area])
            commitment.policy_areas.set(["Lobbying", "Open Parliaments"])
            commitment.save()  # (a cluster's tags are written with its object)

    with api.indexing_paused():
        add(5)
    few = _rebuild_queries(django_assert_max_num_queries)
    with api.indexing_paused():
        add(20)
    assert _rebuild_queries(django_assert_max_num_queries) == few
    record = EvidenceRecord.objects.filter(kind="commitment").first()
    assert "lobbi" in record.analysed_tags  # the prefetched tags reach the record


def test_rebuild_queries_do_not_grow_with_the_stories(index, vocab, django_assert_max_num_queries):
    """A rebuild reads the view restrictions once, not once a page (two queries a story):
    2 or 6 stories take the same queries."""

    def add(count):
        for number in range(count):
            StoryPageFactory(parent=index, title=f"Budget hearings {number}")

    with api.indexing_paused():
        add(2)
    _rebuild_queries(django_assert_max_num_queries)  # (the first also fills caches)
    few = _rebuild_queries(django_assert_max_num_queries)
    with api.indexing_paused():
        add(4)
    assert _rebuild_queries(django_assert_max_num_queries) == few
    assert EvidenceRecord.objects.filter(kind="story").count() == 6


def test_rebuild_leaves_out_pages_behind_a_view_restriction(index, vocab):
    """On a page itself or on an ancestor (the rebuild reads the restrictions once)."""
    from wagtail.models import PageViewRestriction

    with api.indexing_paused():
        hidden = StoryPageFactory(parent=index, title="Whistleblowers of Nairobi")
        StoryPageFactory(parent=index, title="Budget hearings in Makueni")
        PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    services.rebuild()
    assert found("whistleblowers") == []
    assert len(found("makueni")) == 1
    PageViewRestriction.objects.create(page=index, restriction_type="login")
    services.rebuild()
    assert found("makueni") == []
    assert not EvidenceRecord.objects.filter(kind="story").exists()


def test_rebuild_on_an_empty_database(db):
    """A fresh install: nothing to project, nothing stored (the orphans' queryset must still
    be a queryset: a Manager has no delete())."""
    assert "0 evidence records (0 written, 0 removed); engine indexed 0." in run(
        "rebuild_search_index", "--no-progress"
    )
    assert not EvidenceRecord.objects.exists()


def test_rebuild_removes_records_whose_source_is_gone(corpus):
    Commitment.objects.filter(public_id="BR0001").delete()  # its signal's task never ran
    assert EvidenceRecord.objects.filter(key="commitment:BR0001").exists()
    assert "13 evidence records (0 written, 1 removed)" in run(
        "rebuild_search_index", "--no-progress"
    )
    assert not EvidenceRecord.objects.filter(key="commitment:BR0001").exists()


# --- reconcile -----------------------------------------------------------------------------


@pytest.fixture
def drifted(corpus):
    """One record deleted behind the index's back, one stale, one orphaned."""
    EvidenceRecord.objects.filter(key="commitment:KE0002").delete()
    EvidenceRecord.objects.filter(key="commitment:ES0001").update(fingerprint="stale")
    Commitment.objects.filter(public_id="BR0001").delete()  # its signal's task never ran
    return corpus


def test_reconcile_dry_run_reports_drift_and_changes_nothing(drifted):
    before = dict(EvidenceRecord.objects.values_list("key", "fingerprint"))
    output = run("reconcile_search_index", "--dry-run")
    assert "records: 13 checked, 1 missing, 1 stale, 1 orphaned" in output
    assert "  missing: commitment:KE0002" in output
    assert "  stale: commitment:ES0001" in output
    assert "  orphaned: commitment:BR0001" in output
    assert "Repaired" not in output
    assert dict(EvidenceRecord.objects.values_list("key", "fingerprint")) == before


def test_reconcile_repairs_the_drift(drifted):
    output = run("reconcile_search_index")
    assert "records: 13 checked, 1 missing, 1 stale, 1 orphaned" in output
    assert "Repaired 3 item(s)." in output
    assert EvidenceRecord.objects.filter(key="commitment:KE0002").exists()
    assert EvidenceRecord.objects.get(key="commitment:ES0001").fingerprint != "stale"
    assert not EvidenceRecord.objects.filter(key="commitment:BR0001").exists()
    assert found("asset declarations")[0] == "commitment:KE0002"

    again = run("reconcile_search_index", "--dry-run")
    assert "records: 13 checked, 0 missing, 0 stale, 0 orphaned" in again
    assert "No drift." in again


def test_reconcile_on_a_healthy_index_finds_no_drift(corpus):
    output = run("reconcile_search_index")
    assert "records: 14 checked, 0 missing, 0 stale, 0 orphaned" in output
    assert "No drift." in output


# --- fingerprints taken before analysis ----------------------------------------------------


@pytest.fixture
def analyse_calls(monkeypatch):
    """The texts analysed for the index (`analysis.analyse`), while it still does its work."""
    calls = []
    real = analysis.analyse

    def counting(text, language):
        calls.append(text)
        return real(text, language)

    monkeypatch.setattr(analysis, "analyse", counting)
    analysis.analyse_name.cache_clear()  # (memoised names would hide their calls)
    return calls


def test_a_rebuild_analyses_only_the_records_whose_sources_changed(corpus, analyse_calls):
    """The fingerprint is taken from the source's fields, before analysis: a rebuild over an
    up-to-date index analyses nothing, and one changed source is analysed alone."""
    counts = services.rebuild()
    assert counts["changed"] == 0
    assert analyse_calls == []
    # (update(): no signal, so only the rebuild sees the change)
    Commitment.objects.filter(public_id="ES0001").update(title="Registro de lobistas")
    counts = services.rebuild()
    assert counts["changed"] == 1
    assert "Registro de lobistas" in analyse_calls
    assert len(analyse_calls) <= 4 + 6  # title, summary, body, and a few tag names at most
    assert "commitment:ES0001" in found("lobistas")


def test_the_deferred_projection_gives_the_same_records(corpus):
    owners = sorted(set(EvidenceRecord.objects.values_list("owner", flat=True)))
    full = [data for owner in owners for data in projection.owner_records(owner)]
    with projection.deferred_analysis():
        deferred = [data for owner in owners for data in projection.owner_records(owner)]
    assert all("analysed_title" not in data for data in deferred)
    assert [projection.analysed(data) for data in deferred] == full
    stored = dict(EvidenceRecord.objects.values_list("key", "analysed_body"))
    assert {data["key"]: data["analysed_body"] for data in full} == stored


def test_a_new_analysis_version_rewrites_every_record(corpus, monkeypatch):
    total = EvidenceRecord.objects.count()
    monkeypatch.setattr(analysis, "ANALYSIS_VERSION", analysis.ANALYSIS_VERSION + 1)
    analysis.signature.cache_clear()
    try:
        assert services.rebuild()["changed"] == total
    finally:
        analysis.signature.cache_clear()


@pytest.mark.parametrize("public_id", ["AL0002", "D-KEN-001", "x"])
def test_a_commitments_address_from_the_template_is_reverses(public_id):
    from django.urls import reverse

    template = projection.commitment_url_template()
    expected = reverse("community:commitment_detail", kwargs={"public_id": public_id})
    assert projection.commitment_url(public_id, template) == expected


def test_a_rebuild_reads_the_commitments_records_as_a_save_projects_them(vocab, monkeypatch):
    """A rebuild reads commitments as rows (`CommitmentSource.iter_records`), a save through
    the model (`commitment_records`): the same records, fingerprints included, whatever the
    commitment has (themes and areas in their order and with their translations, milestones
    in their order, policy areas, plans of other members), across chunks."""
    from tests.community.factories import (
        ActionPlanFactory,
        CountryFactory,
        MemberFactory,
        MilestoneFactory,
        ThemeFactory,
    )

    areas, themes = vocab["areas"], vocab["themes"]
    # (made in the reverse of their names' order: a relation gives them by name)
    late, early = ThemeFactory(name="Zoning in the open"), ThemeFactory(name="Access to data")
    monkeypatch.setattr(projection, "ROWS_CHUNK", 2)
    with api.indexing_paused():
        elsewhere = ActionPlanFactory(member=MemberFactory(country=CountryFactory()))
        made = [
            CommitmentFactory(
                title="Registro de lobistas",
                description="<p>El congreso publicará un registro de los cabilderos.</p>",
                short_title="Lobistas",
                plan_heading="Integridad",
                challenge_areas=[areas["justice"], areas["anti-corruption"]],
                themes=[themes["justice"], themes["anti-corruption"]],
            ),
            CommitmentFactory(action_plan=elsewhere, plan_heading="NA", irm_starred=True),
            CommitmentFactory(themes=[late, early], irm_completion="limited"),
        ]
        for number in (3, 1, 2):
            MilestoneFactory(commitment=made[0], title=f"Step {number}", sort_order=number)
        made[0].policy_areas.set(["Open Parliaments", "Lobbying"])
        made[0].save()
    assert [t.name for t in made[2].themes.all()] == ["Access to data", "Zoning in the open"]
    read = dict(projection.sources()["commitment"].iter_records())
    assert read == {f"commitment:{c.pk}": projection.commitment_records(c) for c in made}
    assert read[f"commitment:{made[0].pk}"][0]["body"].endswith("Step 1 Step 2 Step 3")


def test_a_rebuild_guesses_the_language_of_changed_commitments_only(vocab, monkeypatch):
    """An unchanged commitment keeps its stored language without a guess (its fingerprint
    covers what the guess reads); a changed one is guessed again, and so is one whose stored
    language does not give its stored fingerprint (written here by hand: the record, whose
    fingerprint is right, is not rewritten, as before)."""
    with api.indexing_paused():
        first, second = CommitmentFactory(), CommitmentFactory()
    services.rebuild()
    guessed = []
    guess = analysis.guess_language
    monkeypatch.setattr(
        analysis, "guess_language", lambda text: guessed.append(text) or guess(text)
    )

    assert services.rebuild()["changed"] == 0
    assert guessed == []

    Commitment.objects.filter(pk=first.pk).update(
        title="Registro de cabildeo del congreso",
        description="El congreso publicará un registro de los cabilderos y de sus reuniones "
        "con los legisladores.",
    )
    EvidenceRecord.objects.filter(key=f"commitment:{second.public_id}").update(language="fr")
    assert services.rebuild()["changed"] == 1
    assert len(guessed) == 2
    languages = dict(EvidenceRecord.objects.values_list("key", "language"))
    assert languages[f"commitment:{first.public_id}"] == "es"


def test_a_rebuild_gives_pages_the_addresses_wagtail_gives_them(corpus):
    """The rebuild reads the sites' root paths once for every page (not from the cache for
    each): the addresses are still Wagtail's, in each page's language."""
    EvidenceRecord.objects.update(fingerprint="x")
    services.rebuild()
    urls = dict(EvidenceRecord.objects.values_list("owner", "url"))
    for name in ("owners", "owners:fr", "courts"):
        page = corpus.stories[name]
        assert urls[f"page:{page.pk}"] == page.get_url()
    assert urls[f"page:{corpus.stories['owners:fr'].pk}"].startswith("/fr/")
