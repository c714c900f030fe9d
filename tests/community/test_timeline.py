"""A commitment's timeline (community.timeline): progress updates, milestone completions,
the IRM's report, stories and awards that mention it, in date order, in a number of queries
that does not grow with the number of entries."""

import datetime

from django.utils import timezone

import pytest

from community import timeline
from community.models import ProgressUpdate
from tests.awards.factories import NominationFactory, programme_build
from tests.community.factories import CommitmentFactory, MilestoneFactory
from tests.query_counts import count_queries
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

pytestmark = pytest.mark.django_db


def test_stories_and_awards_register_their_sources():
    assert timeline.registered() == ["updates", "milestones", "irm", "stories", "awards"]


@pytest.fixture
def commitment():
    commitment = CommitmentFactory(
        irm_report_year=2023, irm_completion="substantial", irm_starred=True
    )
    ProgressUpdate.objects.create(
        commitment=commitment, date=datetime.date(2024, 2, 1), status="in_progress", note="On."
    )
    MilestoneFactory(commitment=commitment, is_done=True, done_date=datetime.date(2022, 6, 1))
    MilestoneFactory(commitment=commitment, is_done=False)  # not done: not on the timeline
    stories = StoryIndexPageFactory(parent=home_page())
    story = StoryPageFactory(parent=stories, date=datetime.date(2024, 5, 1), title="Courts open")
    story.commitments = [commitment]
    story.save()
    draft = StoryPageFactory(parent=stories, live=False, title="Secret draft")
    draft.commitments = [commitment]
    draft.save()
    programme = programme_build(title="Open Gov Awards")
    programme.results_published_at = timezone.make_aware(datetime.datetime(2024, 9, 1, 12))
    programme.save()
    NominationFactory(programme=programme, commitment=commitment, state="winner")
    unpublished = programme_build(title="Next awards")
    NominationFactory(programme=unpublished, commitment=commitment, state="winner")
    return commitment


def test_entries_in_date_order(commitment):
    entries = timeline.for_commitment(commitment)
    assert [(e.kind, e.date) for e in entries] == [
        ("milestone", datetime.date(2022, 6, 1)),
        ("irm", datetime.date(2023, 12, 31)),
        ("update", datetime.date(2024, 2, 1)),
        ("story", datetime.date(2024, 5, 1)),
        ("award", datetime.date(2024, 9, 1)),
    ]
    texts = " ".join(e.text for e in entries)
    assert "Courts open" in texts and "Open Gov Awards" in texts
    assert "Secret draft" not in texts and "Next awards" not in texts
    assert "Substantial" in entries[1].detail


def test_the_commitment_page_shows_the_timeline_in_fixed_queries(
    client, commitment, django_assert_max_num_queries
):
    url = commitment.get_absolute_url()
    client.get(url)  # caches warmed
    before = count_queries(client, url, django_assert_max_num_queries, 60)
    html = client.get(url).content.decode()
    assert html.index("Milestone done") < html.index("IRM report 2023") < html.index("Courts open")
    for day in range(2, 12):
        ProgressUpdate.objects.create(
            commitment=commitment, date=datetime.date(2024, 3, day), status="in_progress", note="."
        )
        MilestoneFactory(commitment=commitment, is_done=True, done_date=datetime.date(2023, 1, day))
    assert count_queries(client, url, django_assert_max_num_queries, 60) == before


def test_a_story_behind_a_restriction_stays_off_the_timeline(commitment):
    from wagtail.models import PageViewRestriction

    from stories.models import StoryPage

    story = StoryPage.objects.get(title="Courts open")
    PageViewRestriction.objects.create(page=story.get_parent(), restriction_type="login")
    assert "story" not in [e.kind for e in timeline.for_commitment(commitment)]
