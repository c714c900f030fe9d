import hashlib
import io
import itertools
import re
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

import pytest
from allauth.account.models import EmailAddress

from community.models import ActionPlan, Commitment, Member, Milestone, ReformerProfile, User
from core.demo import pick, read_markdown, read_yaml
from core.models import OutboxMessage
from guide.demo.loader import DEMO as GUIDE_DEMO
from guide.models import GuideChapterPage
from learning.models import Alumnus, Application, Cohort, Reply, Session, Thread
from opengov.models import HomePage
from resources.models import Resource
from search.models import EvidenceRecord
from stories.demo.loader import DEMO as STORIES_DEMO
from stories.models import StoryIndexPage, StoryPage

# A first load of the demo made about 26,500 queries when each save updated Wagtail's search
# and reference indexes and the evidence read model on its own; a second one, which changes
# nothing, about 7,200. Deferred indexing and writing only what differs bring them to about
# 12,000 and 1,500 (SQLite); the bounds leave room for PostgreSQL and small changes.
# The learning demo (3 courses: 55 pages and translations, 7 learners enrolled and taken
# through their lessons by the services) adds about 4,800 to the first load.
# Cohorts, their boards and the awards programmes (40 nominations, jurors, scores) bring the
# first load to about 21,000.
FIRST_LOAD_MAX_QUERIES = 23_500
SECOND_LOAD_MAX_QUERIES = 2_500  # about 2,100 with cohorts, boards and awards


def _load_demo() -> int:
    """Run load_demo; the number of queries it made."""
    count = 0

    def counter(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        call_command("load_demo", stdout=io.StringIO())
    return count


def _state():
    """What a second run could change, down to timestamps and revisions."""
    models = [Member, ActionPlan, Commitment, Milestone, ReformerProfile, User, EmailAddress]
    models += [Page, Revision, PageLogEntry, ReferenceIndex, IndexEntry, Resource]
    models += [EvidenceRecord, get_image_model(), Cohort, Session, Application]
    models += [Thread, Reply, Alumnus]
    return {
        "counts": {model.__name__: model.objects.count() for model in models},
        "members": sorted(Member.objects.values_list("code", "name", "slug", "description")),
        "plans": sorted(ActionPlan.objects.values_list("ogp_id", "number", "start_year")),
        "commitments": sorted(Commitment.objects.values_list("public_id", "title", "updated_at")),
        "profiles": sorted(ReformerProfile.objects.values_list("slug", "updated_at")),
        "pages": sorted(
            Page.objects.values_list("url_path", "title", "latest_revision", "last_published_at")
        ),
        "evidence": sorted(EvidenceRecord.objects.values_list("key", "fingerprint")),
    }


@pytest.mark.django_db
def test_load_demo_builds_a_believable_site_idempotently(client):
    assert _load_demo() <= FIRST_LOAD_MAX_QUERIES
    first = _state()
    counts = first["counts"]
    assert counts["Member"] >= 25
    assert counts["Commitment"] >= 120
    assert counts["ReformerProfile"] >= 30
    assert HomePage.objects.count() == 3  # English, French, Spanish
    assert StoryIndexPage.objects.live().count() == 3
    assert StoryPage.objects.filter(locale__language_code="en").count() >= 40
    assert StoryPage.objects.filter(locale__language_code="fr").count() >= 5
    assert StoryPage.objects.filter(locale__language_code="es").count() >= 5
    for name in ("Colombia", "Ghana", "Honduras", "Indonesia", "Kenya", "Nigeria", "Philippines"):
        assert Member.objects.filter(name=name, kind="national").exists(), name
    assert Member.objects.filter(kind="local").count() >= 3
    assert set(ReformerProfile.objects.values_list("visibility", flat=True)) == {
        "public", "members", "private"}  # fmt: skip
    assert Commitment.objects.filter(irm_starred=True).exists()
    assert Commitment.objects.filter(irm_starred__isnull=True).exists()
    # indexed once, at the end: the admin search and the evidence search see every story
    assert IndexEntry.objects.filter(title=StoryPage.objects.first().title).exists()
    assert EvidenceRecord.objects.filter(kind="story").count() == StoryPage.objects.count()
    # ...with the search app's indexing paused meanwhile (search.api.indexing_paused): no
    # indexing work was queued for the thousands of saves (the demo certificates' PDFs are)
    assert not OutboxMessage.objects.filter(task__startswith="search.").exists()

    # Four cohorts in four states, applications in every state, sessions still to come in
    # the running cohort; the fictional applicants are not e-mailed
    assert set(Cohort.objects.values_list("state", flat=True)) == {
        "open", "running", "completed", "cancelled"}  # fmt: skip
    assert set(Application.objects.values_list("state", flat=True)) == {
        "submitted", "accepted", "waitlisted", "declined", "withdrawn"}  # fmt: skip
    running = Cohort.objects.get(state="running")
    assert running.sessions.filter(starts_at__gt=timezone.now()).count() >= 2
    assert running.accepted_count == running.applications.filter(state="accepted").count()
    assert not OutboxMessage.objects.filter(task__startswith="learning.tasks.cohort").exists()
    # the completed cohort is closed: its members, who completed its course, are its alumni;
    # the running and completed cohorts' boards have threads, one pinned, one reply hidden
    completed = Cohort.objects.get(state="completed")
    assert set(Alumnus.objects.values_list("cohort_id", "user_id")) == {
        (completed.pk, a.applicant_id) for a in completed.applications.filter(state="accepted")
    }
    assert Thread.objects.filter(cohort=running).exists()
    assert Thread.objects.filter(cohort=completed).exists()
    assert Thread.objects.filter(cohort=running, pinned=True).count() == 1
    assert Reply.objects.filter(thread__cohort=running, hidden_at__isnull=False).count() == 1

    # Awards: the past programme's winners are linked to the stories telling them, its
    # results publish the jurors' scores without their names, and winners are evidence
    from awards.models import Nomination

    winner = Nomination.objects.filter(state="winner", story__isnull=False).first()
    assert winner is not None and winner.story.live
    results = client.get(winner.programme.url)
    assert "Juror A" in results.content.decode()
    assert "Read the story" in results.content.decode()
    assert EvidenceRecord.objects.filter(kind="award").exists()

    assert _load_demo() <= SECOND_LOAD_MAX_QUERIES
    assert _state() == first

    # The demo accounts the README promises work.
    assert client.login(email="admin@example.org", password="opengov-admin")
    assert client.get("/admin/").status_code == 200
    assert client.login(email="adaeze.okonkwo@example.org", password="opengov-demo")
    french = client.get("/fr/")
    assert french.status_code == 200
    assert french.context["page"].locale.language_code == "fr"
    # the juror the README names has nominations to score
    assert client.login(email="nino.beridze@example.net", password="opengov-demo")
    jury = client.get("/awards/jury/").content.decode()
    assert re.search(r'href="/awards/jury/\d+/"', jury), jury[:2000]
    assert client.login(email="contact@example.org", password="opengov-demo")
    assert client.get("/workspace/").status_code == 200

    # Demo plans and commitments say they are samples, and their plans follow one another.
    assert not ActionPlan.objects.exclude(ogp_id__startswith="SAMPLE_AP_").exists()
    assert not Commitment.objects.exclude(public_id__startswith="SAMPLE-").exists()
    assert not Commitment.objects.exclude(title__startswith="Sample: ").exists()
    for member in Member.objects.prefetch_related("action_plans"):
        plans = sorted(member.action_plans.all(), key=lambda plan: plan.start_year)
        first = plans[0].number
        assert [p.number for p in plans] == list(range(first, first + len(plans))), member
        assert plans[0].start_year >= member.joined_year, member
        for before, after in itertools.pairwise(plans):
            assert before.end_year <= after.start_year < after.end_year, member
    page = client.get("/members/kenya/").content.decode()
    assert "Action plan 4 (2019–2021)" in page  # Kenya joined in 2011
    assert '<span class="public-id">SAMPLE-KEN-001</span>' in page
    assert "Sample: Public beneficial ownership register" in page

    # Stories show their hero images, described in the reader's language.
    assert not StoryPage.objects.filter(hero_image__isnull=True).exists()
    assert not StoryPage.objects.filter(hero_alt_text="").exists()
    assert counts["Image"] == StoryPage.objects.filter(locale__language_code="en").count()
    listing = client.get("/stories/").content.decode()
    assert listing.count('class="card-image"') == 12  # a full first page of cards
    story = StoryPage.objects.get(
        slug="colombia-ownership-register-shared-bidders", locale__language_code="fr"
    )
    page = client.get(story.url).content.decode()
    assert f'alt="{story.hero_alt_text}"' in page
    assert story.hero_alt_text.startswith("Illustration : une loupe")

    # Pages link records by the stable keys the files name, whatever their titles.
    for path in (STORIES_DEMO / "stories").glob("*.md"):
        if path.name.count(".") > 1:
            continue  # a translation
        front, _ = read_markdown(path)
        story = StoryPage.objects.get(slug=path.stem, locale__language_code="en")
        assert sorted(c.public_id for c in story.commitments.all()) == sorted(
            front["commitments"]
        ), path
        assert sorted(r.user.email for r in story.reformers.all()) == sorted(front["reformers"])
    for path in (GUIDE_DEMO / "chapters").glob("*.yaml"):
        row = read_yaml(path)
        chapter = GuideChapterPage.objects.get(slug=row["slug"], locale__language_code="en")
        for rec, rec_row in zip(chapter.recommendations.all(), row["recommendations"], strict=True):
            assert rec.title == rec_row["title"]
            assert sorted(c.public_id for c in rec.example_commitments.all()) == sorted(
                rec_row.get("examples", [])
            )


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_read_markdown_turns_a_story_file_into_body_blocks(tmp_path):
    path = _write(
        tmp_path / "story.md",
        "---\ntitle: A title\ntags: [courts]\n---\n\n"
        "First paragraph,\nover two lines.\n\n"
        "## A heading\n\n"
        "> Quoted words\n> go on.\n>\n> — Someone, somewhere\n\n"
        "```callout\ntitle: Lessons\ntext: >-\n  Folded\n  text.\n```\n\n"
        "Last paragraph with > and ## inside.\n",
    )
    front, blocks = read_markdown(path)
    assert front == {"title": "A title", "tags": ["courts"]}
    assert blocks == [
        ("paragraph", "First paragraph, over two lines."),
        ("heading", "A heading"),
        ("quote", {"text": "Quoted words go on.", "attribution": "Someone, somewhere"}),
        ("callout", {"title": "Lessons", "text": "Folded text."}),
        ("paragraph", "Last paragraph with > and ## inside."),
    ]


def test_read_markdown_refuses_a_file_without_front_matter(tmp_path):
    path = _write(tmp_path / "story.md", "Just text.\n")
    with pytest.raises(ValueError, match="story.md: no YAML front matter"):
        read_markdown(path)


def test_an_unknown_key_in_a_data_file_is_named_not_skipped():
    rows = {"KEN": "Kenya"}
    assert pick(rows, ["KEN"], what="member", source="x.yaml") == ["Kenya"]
    with pytest.raises(ValueError, match=r"x\.yaml: unknown member: KEM"):
        pick(rows, ["KEN", "KEM"], what="member", source="x.yaml")


def test_a_database_loaded_before_the_sample_ids_keeps_its_links(vocab):
    from community.demo.loader import load_partnership
    from tests.community.factories import ActionPlanFactory, CommitmentFactory, MemberFactory
    from tests.stories.factories import StoryPageFactory, story_index

    kenya = MemberFactory(code="KEN", name="Kenya")
    old = CommitmentFactory(
        public_id="D-KEN-002", action_plan=ActionPlanFactory(member=kenya, ogp_id="DEMO_KEN01")
    )
    story = StoryPageFactory(parent=story_index())
    story.commitments = [old]
    story.save()

    load_partnership()

    assert not Commitment.objects.filter(public_id__startswith="D-").exists()
    assert not ActionPlan.objects.filter(ogp_id__startswith="DEMO_").exists()
    renamed = Commitment.objects.get(pk=old.pk)
    assert renamed.public_id == "SAMPLE-KEN-002"
    assert renamed.title.startswith("Sample: Monthly publication of case backlog data")
    assert renamed.action_plan.ogp_id == "SAMPLE_AP_KEN04"
    assert list(story.commitments.all()) == [renamed]


def test_each_demo_story_has_its_own_small_original_hero_image():
    images = STORIES_DEMO / "images"
    assert "CC0" in (images / "README.md").read_text(encoding="utf-8")
    seen = set()
    for path in (STORIES_DEMO / "stories").glob("*.md"):
        front, _ = read_markdown(path)
        if path.name.count(".") > 1:  # a translation: its own description, the same image
            assert "hero_image" not in front and front["hero_alt_text"], path
            continue
        image = images / front["hero_image"]
        assert image.stat().st_size < 60_000, image
        assert front["hero_alt_text"].startswith("Illustration: "), path
        seen.add(hashlib.sha1(image.read_bytes()).hexdigest())  # noqa: S324 - not security
    assert len(seen) == len(list(images.glob("*.jpg"))) == 40
