"""A small world built once per module: enough records for every view to have something to
show (a member, commitments, a public and a private profile, a guide chapter, a story, a
resource, a saved search), not the search corpus. The module's tests run inside one outer
transaction that is rolled back at the end; each test's own transaction nests in it."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

import pytest

from community.models import ReformerProfile


@dataclass
class World:
    vocab: dict
    reformer: object  # a signed-in reformer with a public profile
    private_profile: ReformerProfile
    commitment: object
    chapter: object
    story: object
    resource: object
    saved: object
    course: object = None  # learning: the reformer is enrolled in it
    lesson: object = None  # its first lesson, with a knowledge check
    certificate: object = None
    cohort: object = None  # cohorts: the reformer facilitates it; `pending` waits in it
    pending: object = None
    membership: object = None  # the reformer's accepted application to another cohort
    calendar: object = None  # the reformer's calendar address
    programme: object = None  # awards: open for nominations
    nomination: object = None  # the reformer's, of the first commitment
    award_file_name: str = ""
    thread: object = None  # a thread on `cohort`'s board, and a reply to it
    reply: object = None
    judged: object = None  # awards: an eligible nomination given to the reformer to score
    milestone: object = None  # of `commitment`, whose member the reformer is a contact of
    challenge_draft: object = None  # the reformer's member's Open Gov Challenge draft
    challenge_sent: object = None  # and a submission awaiting review


def _workspace(world: World) -> None:
    """The reformer is a point of contact of the first commitment's member."""
    from community.models import PointOfContact
    from tests.community.factories import MilestoneFactory

    PointOfContact.objects.get_or_create(
        member=world.commitment.action_plan.member, user=world.reformer
    )
    world.milestone = MilestoneFactory(commitment=world.commitment, title="Law passed")


def _build() -> World:
    from community.services import vocabulary_ensure
    from opengov.models import HomePage
    from search import services as search_services
    from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory
    from tests.guide.factories import (
        GuideChapterPageFactory,
        GuideIndexPageFactory,
        RecommendationFactory,
    )
    from tests.resources.factories import ResourceFactory
    from tests.stories.factories import StoryPageFactory, story_index

    vocab = vocabulary_ensure()
    corruption = vocab["areas"]["anti-corruption"]
    commitment = CommitmentFactory(public_id="FZ0001", challenge_areas=[corruption])
    CommitmentFactory(public_id="FZ0002", challenge_areas=[vocab["areas"]["justice"]])
    reformer = UserFactory(email="reformer@example.org")
    ProfileFactory(user=reformer, display_name="Fuzz Reformer", slug="fuzz-reformer",
                   challenge_areas=[corruption])  # fmt: skip
    private = ProfileFactory(display_name="Hidden", slug="hidden",
                             visibility=ReformerProfile.Visibility.PRIVATE)  # fmt: skip
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    guide = GuideIndexPageFactory(parent=home)
    chapter = GuideChapterPageFactory(parent=guide, title="Anti-corruption", slug="anti-corruption")
    chapter.challenge_areas = [corruption]
    chapter.save()
    for level in ("initial", "intermediate", "advanced"):
        RecommendationFactory(chapter=chapter, level=level)
    story = StoryPageFactory(parent=story_index(), slug="a-story", challenge_areas=[corruption])
    resource = ResourceFactory(slug="a-resource", challenge_areas=[corruption])
    search_services.rebuild()
    saved = search_services.saved_search_create(
        user=reformer, name="Owners", query="contracts", filters={"area": ["anti-corruption"]}
    )
    world = World(vocab, reformer, private, commitment, chapter, story, resource, saved)
    _workspace(world)
    _learning(world)
    _awards(world)
    _challenge(world)
    return world


def _challenge(world: World) -> None:
    """The reformer is a point of contact of the first commitment's member, with a draft
    Open Gov Challenge submission and one awaiting review."""
    from community.models import PointOfContact
    from tests.community.challenge_factories import SubmissionFactory

    member = world.commitment.action_plan.member
    PointOfContact.objects.get_or_create(member=member, user=world.reformer)
    made = {"member": member, "challenge_area": world.vocab["areas"]["justice"]}
    world.challenge_draft = SubmissionFactory(**made, submitted_by=world.reformer)
    world.challenge_sent = SubmissionFactory(**made, state="submitted")


def _awards(world: World) -> None:
    from awards.models import Nomination
    from tests.awards.factories import NominationFactory, programme_build

    world.programme = programme_build(slug="an-award")
    world.nomination = NominationFactory(
        programme=world.programme, nominator=world.reformer, commitment=world.commitment,
        state=Nomination.State.DRAFT,
    )  # fmt: skip
    world.award_file_name = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.pdf"
    from awards.models import Juror, JurorAssignment

    Juror.objects.create(programme=world.programme, user=world.reformer)
    world.judged = NominationFactory(programme=world.programme, state=Nomination.State.ELIGIBLE)
    JurorAssignment.objects.create(nomination=world.judged, juror=world.reformer)


def _learning(world: World) -> None:
    from learning import services
    from learning.models import Enrolment, LessonPage
    from tests.community.factories import UserFactory
    from tests.learning.factories import course_build

    world.course = course_build(modules=1, lessons_per_module=2, checks=(1,), slug="a-course")
    world.lesson = LessonPage.objects.descendant_of(world.course).order_by("path").first()
    services.enrolment_create(user=world.reformer, course=world.course)
    finished = Enrolment.objects.create(user=UserFactory(), course=world.course)
    world.certificate = services.certificate_issue(enrolment=finished)
    _cohorts(world)


def _cohorts(world: World) -> None:
    from learning import cohort_services
    from tests.learning.cohort_factories import ApplicationFactory, CohortFactory, accepted

    world.cohort = CohortFactory(slug="a-cohort", facilitators=[world.reformer], capacity=5)
    world.pending = ApplicationFactory(cohort=world.cohort)
    world.membership = accepted(CohortFactory(slug="another-cohort"), world.reformer)
    world.calendar = cohort_services.calendar_feed_for(user=world.reformer)
    from tests.learning.board_factories import ReplyFactory, ThreadFactory

    world.thread = ThreadFactory(cohort=world.cohort, author=world.reformer)
    world.reply = ReplyFactory(thread=world.thread, author=world.reformer)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build()
        transaction.set_rollback(True)


@pytest.fixture
def fuzz_client(client, db, settings, world):
    """The test client with allauth's rate limits off: a limit answering 429 would stop the
    fuzzing from reaching the forms behind it."""
    settings.ACCOUNT_RATE_LIMITS = False
    return client
