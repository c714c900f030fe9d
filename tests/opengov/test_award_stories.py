"""A story started from an award winner (the project layer: awards and stories do not import
each other): a draft with the winner's facts, linked from the nomination, once."""

import pytest

from awards import services
from awards.models import AuditEntry, Nomination
from opengov.award_stories import story_from_winner
from stories.models import StoryPage
from tests.awards.factories import NominationFactory, eligible
from tests.stories.factories import StoryIndexPageFactory, home_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def winner(staff):
    StoryIndexPageFactory(parent=home_page())
    nomination = eligible(NominationFactory(statement="It opened the budget <to everyone>."))
    return services.result_set(
        nomination=nomination, by=staff, state="winner", citation="For an open budget."
    )


def test_staff_start_a_draft_story_with_the_winners_facts(client, staff, winner):
    client.force_login(staff)
    response = client.post(f"/admin/awards/story/{winner.pk}/")
    story = StoryPage.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/pages/{story.pk}/edit/")
    assert not story.live
    assert story.title.startswith(winner.title) and "winner of" in story.title
    assert story.intro == "For an open budget."
    assert "It opened the budget &lt;to everyone&gt;." in str(story.body[0].value)
    assert list(story.commitments.all()) == [winner.commitment]
    assert story.member == winner.commitment.action_plan.member
    assert Nomination.objects.get(pk=winner.pk).story == story
    assert AuditEntry.objects.filter(nomination=winner, after__story=story.pk).exists()
    # again: the same story
    client.post(f"/admin/awards/story/{winner.pk}/")
    assert StoryPage.objects.count() == 1


def test_only_staff_and_only_for_a_winner(client, staff, editor, winner):
    client.force_login(editor)
    assert client.post(f"/admin/awards/story/{winner.pk}/").status_code in (302, 403)
    assert not StoryPage.objects.exists()
    shortlisted = services.result_set(nomination=winner, by=staff, state="shortlisted")
    with pytest.raises(services.JuryError):
        story_from_winner(nomination=shortlisted, by=staff)
    client.force_login(staff)
    assert client.get(f"/admin/awards/story/{winner.pk}/").status_code == 405
