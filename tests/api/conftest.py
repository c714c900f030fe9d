from guide.models import GuideIndexPage
from stories.models import StoryIndexPage
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    MemberFactory,
    MilestoneFactory,
)
from tests.guide.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    RecommendationFactory,
)
from tests.stories.factories import StoryPageFactory, home_page, story_index


def records(vocab, *, commitments=3, milestones=2):
    """Two members (one in Europe, one in the Americas), a plan each, and `commitments`
    commitments with `milestones` milestones each, spread over the two plans."""
    europe = MemberFactory(name="Alpha", country__region=vocab["regions"]["europe"])
    americas = MemberFactory(name="Beta", country__region=vocab["regions"]["americas"])
    plans = [ActionPlanFactory(member=europe), ActionPlanFactory(member=americas)]
    made = []
    for n in range(commitments):
        commitment = CommitmentFactory(action_plan=plans[n % 2])
        commitment.challenge_areas.add(vocab["areas"]["anti-corruption"])
        commitment.themes.add(vocab["themes"]["justice"])
        commitment.policy_areas.add("Open Data")
        commitment.save()  # parental relations are written on save
        for _ in range(milestones):
            MilestoneFactory(commitment=commitment)
        made.append(commitment)
    return made


def pages(*, stories=1, draft=True, recommendations=1):
    """Live stories (and a draft), a guide chapter with recommendations."""
    index = StoryIndexPage.objects.first() or story_index()
    live = [StoryPageFactory(parent=index) for _ in range(stories)]
    drafted = None
    if draft:
        drafted = StoryPageFactory(parent=index, title="A draft nobody may read", live=False)
    guide = GuideIndexPage.objects.first() or GuideIndexPageFactory(parent=home_page())
    chapter = GuideChapterPageFactory(parent=guide)
    recs = [RecommendationFactory(chapter=chapter) for _ in range(recommendations)]
    return live, drafted, recs
