"""The benchmark's seeding (opengov/scale.py) at a tiny size: every part is there, the pages it
puts in Wagtail's tree by path arithmetic make a valid tree and are served, and the bench's
verdicts read the budgets right. No times here: the figures are `make bench`'s."""

import io
import json

from django.core.management import call_command

from wagtail.models import Page

import pytest

from awards.models import JurorAssignment, Nomination
from community.models import (
    ActionPlan,
    Commitment,
    CommitmentPolicyArea,
    Member,
    ReformerProfile,
    User,
)
from learning.models import Enrolment
from opengov import bench, scale
from stories.models import StoryPage
from tests.awards.factories import juror_seat, programme_build
from tests.community.factories import CommitmentFactory
from tests.learning.factories import CourseIndexPageFactory, CoursePageFactory
from tests.stories.factories import StoryIndexPageFactory, home_page

SIZES = scale.Sizes(
    members=2,
    plans_per_member=2,
    commitments=20,
    profiles=30,
    stories=7,
    enrolments=50,
    nominations=6,
    juror_nominations=2,
)


@pytest.fixture
def base(vocab):
    """What seed_scale finds after load_demo and the imports: commitments to copy texts from,
    a story index, courses and an award programme."""
    areas, themes = list(vocab["areas"].values()), list(vocab["themes"].values())
    for n in range(3):
        CommitmentFactory(challenge_areas=[areas[n]], themes=[themes[n], themes[n + 1]])
    StoryIndexPageFactory(parent=home_page())
    courses = CourseIndexPageFactory(parent=home_page())
    CoursePageFactory(parent=courses)
    CoursePageFactory(parent=courses)
    programme = programme_build()
    juror_seat(programme)
    return programme


def test_every_part_is_seeded_in_a_valid_tree(base, client):
    report = scale.Seeder(SIZES, say=lambda line: None).run()

    assert Member.objects.filter(code__startswith="Z").count() == 2
    assert ActionPlan.objects.filter(ogp_id__startswith="AP_Z").count() == 4
    seeded = Commitment.objects.filter(public_id__startswith="Z")
    assert seeded.count() == 20
    template = Commitment.objects.exclude(public_id__startswith="Z").order_by("public_id")[0]
    first = seeded.get(public_id="Z000001")
    assert first.title == template.title
    assert set(first.themes.all()) == set(template.themes.all())
    assert first.milestones.count() == 2
    assert (
        ReformerProfile.objects.filter(user__email__endswith=f"@{scale.SCALE_DOMAIN}").count() == 30
    )
    assert Enrolment.objects.count() == 50  # two courses for 30 learners, up to the size
    assert Nomination.objects.filter(commitment__in=seeded).count() == 6
    assert JurorAssignment.objects.filter(nomination__commitment__in=seeded).count() == 2
    assert report.counts["stories"] == 7
    # treebeard's own check: paths, depths and the index's child count agree
    assert all(not problems for problems in Page.find_problems())
    stories = StoryPage.objects.live().filter(slug__startswith="scale-story-")
    assert stories.count() == 7
    for story in stories:
        response = client.get(story.url)
        assert response.status_code == 200, story.url
        assert story.title in response.content.decode()
    assert scale.Seeder.seeded()
    # a run that stopped goes on where it stopped: the steps done are left alone
    Nomination.objects.filter(commitment__in=seeded).delete()
    assert not scale.Seeder.seeded()
    again = scale.Seeder(SIZES, say=lambda line: None).run()
    assert again.counts == {"nominations": 6, "juror assignments": 2}
    assert scale.Seeder.seeded()


def test_seeding_is_deterministic(base):
    scale.Seeder(SIZES, say=lambda line: None).run()
    first = (
        list(StoryPage.objects.order_by("path").values_list("path", "title", "translation_key")),
        list(CommitmentPolicyArea.objects.order_by("pk").values_list("tag_id", flat=True)),
        list(
            ReformerProfile.themes.through.objects.order_by("pk").values_list(
                "reformerprofile__slug", "theme__slug"
            )
        ),
    )
    JurorAssignment.objects.all().delete()
    Nomination.objects.all().delete()
    User.objects.filter(email__endswith=f"@{scale.SCALE_DOMAIN}").delete()
    StoryPage.objects.filter(slug__startswith="scale-story-").delete()
    Member.objects.filter(code__startswith="Z").delete()  # with their plans and commitments
    Page.fix_tree()
    scale.Seeder(SIZES, say=lambda line: None).run()
    again = (
        list(StoryPage.objects.order_by("path").values_list("path", "title", "translation_key")),
        list(CommitmentPolicyArea.objects.order_by("pk").values_list("tag_id", flat=True)),
        list(
            ReformerProfile.themes.through.objects.order_by("pk").values_list(
                "reformerprofile__slug", "theme__slug"
            )
        ),
    )
    assert again == first


def _result(group, p95, *, status=200, queries=2, name="page"):
    return bench.Result(name, "", group, "", status, 30, 1.0, p95, queries, 1.0, p95 / 2)


@pytest.mark.parametrize(
    ("result", "verdict"),
    [
        (_result("page", 99.0, queries=20), "met"),
        (_result("page", 101.0, queries=21), "MISSED: p95 101 ms, 21 queries"),
        (_result("page", 2.0, status=302), "MISSED: status 302"),
        (_result("engine", 30.0, name="search"), "met (30 ms, 3.0× floor)"),
        (_result("engine", 31.0, name="search"), "MISSED (31 ms, 3.1× floor)"),
        (_result("engine", 61.0, name="peers"), "MISSED (61 ms, 6.1× floor)"),
    ],
)
def test_budget_verdicts(result, verdict):
    floor = _result("engine", 10.0, name="raw full-text (floor)")
    bench.budget(result, floor)
    assert result.verdict == verdict
    # on CPU time: half the wall time here, against a floor of 5 ms
    half = bench.Result(**{**vars(result), "p95_ms": result.cpu_p95_ms})
    bench.budget(half, _result("engine", 5.0, name="raw full-text (floor)"))
    assert result.cpu_verdict == half.verdict


def test_page_bench_writes_its_results_with_both_floors(base, tmp_path):
    call_command(
        "page_bench", "--only", "home", "--repetitions", "5", "--label", "tiny",
        "--output", str(tmp_path), stdout=io.StringIO(),
    )  # fmt: skip
    data = json.loads((tmp_path / "tiny.json").read_text())
    assert (tmp_path / "latest.md").read_text() == (tmp_path / "tiny.md").read_text()
    names = [r["name"] for r in data["results"]]
    assert names[:2] == ["bare view (floor)", "home"]
    assert "raw full-text (floor)" in names
    home = data["results"][1]
    assert home["status"] == 200 and home["n"] == 5 and home["queries"] > 0
