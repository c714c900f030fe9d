"""Every page type on a phone, in a real browser: no sideways scrolling at 320 and 375 px in
English and French (menu folded and unfolded; and at 769 px, the narrowest two-column layout),
the header's menu button (keyboard, and no JavaScript at all), the filter panels, and axe-core
on every page type.

One small site serves the whole module (`site`): built once, committed so that the module's
own live server reads it, and removed when the module is done, the database put back as every
test finds it (the tests here are not transactional, so nothing flushes it between them).
"""

import threading
from types import SimpleNamespace

from django.conf import settings

import pytest

from tests import shared_data

# Each test runs in a transaction of its own (rolled back) on top of the committed site; the
# live server shares the test's in-memory SQLite connection, or reads the committed site through
# its own connection on PostgreSQL. Nothing here writes what another test reads.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WIDTHS = (320, 375)
NARROWEST_WIDE = 769  # 48rem + 1 px: two columns (sidebar and results), the least room
PHONE = {"width": 375, "height": 667}
WIDE = {"width": 1280, "height": 800}
# A word and an address longer than a phone is wide, as editors and importers write them.
LONG_WORD = "Transparenzregisterbeteiligungsmeldepflichtverordnung"
LONG_URL = (
    "https://data.example.org/contracts/2024/ministry-of-public-works/ocds-release-package.json"
)

# Page type -> its address (filled from the site) and who looks at it.
SIGNED_IN, ANONYMOUS = "signed in", "anonymous"
PAGE_TYPES = {
    "home": ("/", SIGNED_IN),
    "guide index": ("/guide/", SIGNED_IN),
    "chapter": ("/guide/{s.chapter.slug}/", SIGNED_IN),
    "self-assessment": ("/guide/{s.chapter.slug}/self-assessment/", SIGNED_IN),
    "report": ("/guide/report/?chapter={s.chapter.slug}", SIGNED_IN),
    "story index": ("/stories/", SIGNED_IN),
    "story": ("/stories/{s.story.slug}/", SIGNED_IN),
    "challenge areas": ("/challenge-areas/", SIGNED_IN),
    "hub": ("/challenge-areas/{s.area.slug}/", SIGNED_IN),  # with its charts
    # the Open Gov Challenge: the signed-in person is a point of contact of the member
    "challenge submissions": ("/challenge/members/{s.member.slug}/", SIGNED_IN),
    "challenge submission": ("/challenge/members/{s.member.slug}/new/", SIGNED_IN),
    "challenge submission edit": ("/challenge/submissions/{s.challenge_draft.pk}/edit/", SIGNED_IN),
    "members": ("/members/", SIGNED_IN),
    "member": ("/members/{s.member.slug}/", SIGNED_IN),
    "commitments": ("/commitments/", SIGNED_IN),
    "commitment": ("/commitments/{s.commitment.public_id}/", SIGNED_IN),
    "progress rule": ("/commitments/progress/", ANONYMOUS),
    "workspace": ("/workspace/", SIGNED_IN),
    "workspace member": ("/workspace/{s.member.slug}/", SIGNED_IN),
    "workspace commitment": (
        "/workspace/{s.member.slug}/commitments/{s.commitment.public_id}/",
        SIGNED_IN,
    ),
    "workspace milestone": (
        "/workspace/{s.member.slug}/commitments/{s.commitment.public_id}/milestones/"
        "{s.milestone.pk}/",
        SIGNED_IN,
    ),
    "workspace update": (
        "/workspace/{s.member.slug}/commitments/{s.commitment.public_id}/updates/new/",
        SIGNED_IN,
    ),
    "reformers": ("/reformers/", SIGNED_IN),
    "reformer": ("/reformers/{s.profile.slug}/", SIGNED_IN),
    # peer connections: a connected peer's profile (contact details shown), the network page
    # (connections, requests both ways, suggestions) and the request form
    "connected reformer": ("/reformers/{s.connected.slug}/", SIGNED_IN),
    "network": ("/network/", SIGNED_IN),
    "connection request": ("/reformers/{s.peer.slug}/connect/?reason=" + LONG_WORD, SIGNED_IN),
    "resources": ("/resources/", SIGNED_IN),
    "resource": ("/resources/{s.resource.slug}/", SIGNED_IN),
    "search with results": ("/search/?q=contracts", SIGNED_IN),
    "dashboard": ("/dashboard/", SIGNED_IN),
    "profile edit": ("/profile/", SIGNED_IN),
    # follows and notifications (issue 15): the header's count too on every signed-in page
    "notifications": ("/notifications/", SIGNED_IN),
    "e-mail preferences": ("/profile/notifications/", SIGNED_IN),
    "unsubscribe": ("/notifications/unsubscribe/{s.unsubscribe}/", ANONYMOUS),
    "saved searches": ("/search/saved/", SIGNED_IN),
    "catalogue": ("/learning/", SIGNED_IN),
    "course": ("{s.course.url}", SIGNED_IN),
    "module": ("{s.module.url}", SIGNED_IN),
    "lesson": ("{s.lesson.url}", SIGNED_IN),
    "certificate": ("/certificates/{s.certificate.code}/", ANONYMOUS),
    "credential check": ("/certificates/verify/", ANONYMOUS),
    "cohorts": ("/learning/cohorts/", SIGNED_IN),
    "cohort": ("/learning/cohorts/{s.cohort.slug}/", SIGNED_IN),
    "cohort application": ("/learning/cohorts/{s.other_cohort.slug}/apply/", SIGNED_IN),
    "my applications": ("/learning/cohorts/mine/", SIGNED_IN),
    "cohort review": ("/learning/cohorts/{s.cohort.slug}/review/", SIGNED_IN),
    "cohort members": ("/learning/cohorts/{s.cohort.slug}/members/", SIGNED_IN),
    "awards": ("/awards/", SIGNED_IN),
    "award programme": ("{s.programme.url}", SIGNED_IN),
    "nomination form": ("/awards/{s.programme.slug}/nominate/", SIGNED_IN),
    "my nominations": ("/awards/nominations/", SIGNED_IN),
    "cohort board": ("/learning/cohorts/{s.cohort.slug}/board/", SIGNED_IN),
    "board thread": ("/learning/cohorts/{s.cohort.slug}/board/{s.thread.pk}/", SIGNED_IN),
    "cohort close": ("/learning/cohorts/{s.cohort.slug}/close/", SIGNED_IN),
    "alumni": ("/alumni/", SIGNED_IN),
    "award results": ("{s.results.url}", SIGNED_IN),
    "jury dashboard": ("/awards/jury/", SIGNED_IN),
    "jury scoring": ("/awards/jury/{s.judged.pk}/", SIGNED_IN),
    "jury conflict": ("/awards/jury/{s.judged.pk}/conflict/", SIGNED_IN),
    "sign-in": ("/accounts/login/", ANONYMOUS),
    "sign-up": ("/accounts/signup/", ANONYMOUS),
    "password reset": ("/accounts/password/reset/", ANONYMOUS),
}

# What a page says when it has scrolled sideways: the widest elements past the right edge.
MEASURE = """() => {
  const root = document.documentElement;
  const past = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width && box.right > root.clientWidth + 0.5) {
        const name = el.tagName.toLowerCase() + (el.className ? "." + el.className : "");
        past.push(`${name} to ${Math.round(box.right)}px`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, past: past.slice(-4)};
}"""


# --- the site --------------------------------------------------------------------------------


def _translate(page, code, **fields):
    from wagtail.models import Locale

    translation = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def _build_site():
    """One of each page type, in English and French, with long names and words."""
    from wagtail.rich_text import RichText

    from community.models import Member
    from community.permissions import editors_group_ensure
    from community.services import country_ensure
    from search import services as search_services
    from tests.community.factories import (
        ActionPlanFactory,
        CommitmentFactory,
        MemberFactory,
        MilestoneFactory,
        ProfileFactory,
        UserFactory,
    )
    from tests.guide.factories import (
        GuideChapterPageFactory,
        GuideIndexPageFactory,
        RecommendationFactory,
    )
    from tests.resources.factories import ResourceFactory
    from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

    vocab = shared_data.vocabulary()
    area, theme = vocab["areas"]["anti-corruption"], vocab["themes"]["fiscal-openness"]
    country = country_ensure(iso3="ARG", name="Argentina", region=vocab["regions"]["americas"])
    member = MemberFactory(
        name="Autonomous City of Buenos Aires, Argentina",
        slug="buenos-aires",
        kind=Member.Kind.LOCAL,
        country=country,
    )
    plan = ActionPlanFactory(member=member, start_year=2022, end_year=2024)
    commitment = CommitmentFactory(
        public_id="BA0001",
        action_plan=plan,
        title="Publish every public works contract and its amendments as open data",
        description=f"The register follows the Open Contracting Data Standard ({LONG_URL}). "
        f"It replaces the {LONG_WORD}.",
        challenge_areas=[area],
        themes=[theme],
    )
    for _ in range(3):
        CommitmentFactory(action_plan=plan, challenge_areas=[area])
    milestone = MilestoneFactory(commitment=commitment, title="Publish the first quarterly release")

    editor = UserFactory(email="maria-fernanda.rodriguez-villanueva@example.org")
    editor.groups.add(editors_group_ensure())  # the longest header: Admin link too
    _workspace(editor, member, commitment, milestone)
    profile = ProfileFactory(
        user=editor,
        display_name="María Fernanda Rodríguez-Villanueva de la Cruz",
        slug="maria-fernanda",
        headline="Leads the open contracting unit of the city's public works secretariat",
        organisation="Secretaría de Obras Públicas, Ciudad Autónoma de Buenos Aires",
        bio=f"Works on {LONG_URL} and the {LONG_WORD}.",
        country=country,
        challenge_areas=[area],
    )
    ProfileFactory(display_name="Ana Lima", challenge_areas=[area])
    connected, peer = _connections(editor, profile, area)
    search_services.saved_search_create(
        user=editor, name="Public works contracts", query="contracts", filters={}
    )

    home = home_page()
    guide = GuideIndexPageFactory(parent=home)
    chapter = GuideChapterPageFactory(
        parent=guide, title="Anti-corruption", slug="anti-corruption", challenge_areas=[area]
    )
    for level in ("initial", "intermediate", "advanced", "innovative"):
        title = f"Publish beneficial ownership data ({level} step)"
        RecommendationFactory(chapter=chapter, level=level, title=title)
    stories = StoryIndexPageFactory(parent=home)
    story = StoryPageFactory(
        parent=stories,
        title="How open contracts changed public works in Buenos Aires",
        slug="buenos-aires-contracts",
        challenge_areas=[area],
        themes=[theme],
        member=member,
        body=[
            ("heading", "What changed"),
            ("paragraph", RichText(f"<p>See {LONG_URL} and the {LONG_WORD}.</p>")),
            ("quote", {"text": "Every contract, every amendment.", "attribution": "The team"}),
            (
                "key_figures",
                {
                    "heading": "In numbers",
                    "figures": [
                        {"value": "1,200", "label": "contracts published"},
                        {"value": "45%", "label": "more bidders per tender"},
                    ],
                },
            ),  # fmt: skip
            ("callout", {"title": "Try it", "text": RichText("<p>Open the register.</p>")}),
        ],
    )
    french_home = _translate(home, "fr")
    assert french_home.url == "/fr/"
    _translate(guide, "fr", title="Guide du gouvernement ouvert")
    _translate(chapter, "fr", title="Lutte contre la corruption")
    _translate(stories, "fr", title="Récits")
    _translate(story, "fr", title="Comment les contrats ouverts ont changé les travaux publics")
    resource = ResourceFactory(
        title="Open contracting and the cost of public works: evidence from Latin America",
        authors=["María Rodríguez", "Bruno Lima", "Ada Okafor", "Chen Wei"],
        abstract=f"Data from {LONG_URL}.",
        challenge_areas=[area],
    )
    cohort, other_cohort = _cohorts(editor)
    learning = _learning(editor)
    thread = _board_and_alumni(cohort, editor)
    programme, results, judged = _awards(editor, commitment)
    challenge_draft = _challenge(member, area, editor, commitment)
    unsubscribe = _notifications(editor, area, story)
    search_services.rebuild()
    return SimpleNamespace(
        challenge_draft=challenge_draft, unsubscribe=unsubscribe,
        area=area, member=member, commitment=commitment, chapter=chapter, story=story,
        profile=profile, resource=resource, user=editor, cohort=cohort, other_cohort=other_cohort,
        **learning, thread=thread, programme=programme, results=results, judged=judged,
        milestone=milestone, connected=connected, peer=peer,
    )  # fmt: skip


def _notifications(user, area, story) -> str:
    """`user` follows the area (the hub shows "Following") and has a notification with a
    title longer than a phone is wide; their unsubscribe token."""
    from community import notify_services
    from community.models import NotificationKind

    notify_services.follow(user=user, kind_slug="challenge-area", object_id=area.pk)
    notify_services.notify(
        recipient_ids=[user.pk],
        kind=NotificationKind.STORY,
        target=story,
        url=story.url,
        params={"title": f"{story.title}: the {LONG_WORD}"},
    )
    return notify_services.unsubscribe_token(user=user)


def _connections(user, profile, area):
    """`user` is connected with a peer (both share their contact details, a long link), has
    asked another, and was asked by a third with a long message; a fourth is only suggested."""
    from django.utils import timezone

    from community.models import Connection
    from tests.community.factories import ProfileFactory

    profile.share_contact = True
    profile.save()
    connected = ProfileFactory(
        display_name="Bruno Lima Fernandes da Silva", challenge_areas=[area], share_contact=True,
        contact_links=LONG_URL,
    )  # fmt: skip
    asked = ProfileFactory(display_name="Chen Wei", challenge_areas=[area])
    asking = ProfileFactory(display_name="Ada Okafor", challenge_areas=[area])
    peer = ProfileFactory(display_name="Dana Peer", challenge_areas=[area])
    now = timezone.now()
    message = f"About the {LONG_WORD}: {LONG_URL}"
    Connection.objects.create(
        sender=user, recipient=connected.user, state="accepted", requested_at=now
    )
    Connection.objects.create(sender=user, recipient=asked.user, requested_at=now)
    Connection.objects.create(
        sender=asking.user, recipient=user, requested_at=now, message=message, reason=LONG_WORD
    )
    return connected, peer


def _workspace(user, member, commitment, milestone):
    """The signed-in person keeps the member's commitments: a dated milestone with evidence,
    a progress update with a long word (the workspace and the timeline have them)."""
    import datetime

    from community import workspace_services
    from community.models import PointOfContact

    PointOfContact.objects.create(member=member, user=user)
    workspace_services.milestone_update(
        user=user, milestone=milestone, is_done=True, done_date=datetime.date(2024, 3, 1)
    )
    workspace_services.evidence_add(user=user, milestone=milestone, url=LONG_URL, title=LONG_WORD)
    workspace_services.progress_update_create(
        user=user, commitment=commitment, date=datetime.date(2024, 3, 2), status="in_progress",
        note=f"The {LONG_WORD} is in force.",
    )  # fmt: skip


def _challenge(member, area, user, commitment):
    """`user` is a point of contact of `member`, with a draft Open Gov Challenge reform; two of
    the member's reforms are accepted (in two years), one with a long title."""
    from datetime import UTC, datetime

    from community import services as community_services
    from community.models import PointOfContact
    from tests.community.challenge_factories import SubmissionFactory

    PointOfContact.objects.get_or_create(member=member, user=user)
    # IRM results for the completion chart: the plan's other commitments
    others = commitment.action_plan.commitments.exclude(pk=commitment.pk).order_by("pk")
    others.filter(pk=others[0].pk).update(irm_completion="complete", irm_starred=True)
    others.exclude(pk=others[0].pk).update(irm_completion="limited", irm_starred=False)
    # as the IRM import does after its bulk writes (an update() sends no signal)
    community_services.area_stats_refresh(area_ids=[area.pk])
    for year, title in ((2024, f"The {LONG_WORD} replaced"), (2025, "Open works registers")):
        SubmissionFactory(
            member=member, challenge_area=area, state="accepted", title=title,
            reviewed_at=datetime(year, 3, 1, tzinfo=UTC), commitments=[commitment],
            review_note=f"Evidence: {LONG_URL}",
        )  # fmt: skip
    return SubmissionFactory(member=member, challenge_area=area, submitted_by=user)


def _learning(user) -> dict:
    """A course with long names the user is enrolled in (a lesson with a knowledge check, the
    first lesson done), translated into French, and a certificate of a short course."""
    from learning import services as learning_services
    from learning.models import ModulePage
    from tests.learning.factories import course_build, lessons_of

    course = course_build(
        title=f"Open contracting from the first tender to the {LONG_WORD}",
        slug="open-contracting-first-tender",
        summary=f"Read {LONG_URL} before you start.",
        checks=(2,),
    )
    lessons = lessons_of(course)
    lessons[1].title = f"Beneficial ownership registers and the {LONG_WORD}"
    lessons[1].save_revision().publish()
    enrolment = learning_services.enrolment_create(user=user, course=course)
    learning_services.lesson_complete(enrolment=enrolment, lesson=lessons[0])
    _translate(course.get_parent(), "fr", title="Apprendre")
    _translate(course, "fr", title="Les marchés publics ouverts, du premier appel d’offres")
    short = course_build(modules=1, lessons_per_module=1, checks=())
    done = learning_services.enrolment_create(user=user, course=short)
    learning_services.lesson_complete(enrolment=done, lesson=lessons_of(short)[0])
    certificate = learning_services.certificate_issue(enrolment=done)
    return {
        "course": course,
        "module": ModulePage.objects.child_of(course).first(),
        "lesson": lessons[1],
        "certificate": certificate,
    }


def _cohorts(user):
    """A cohort the user facilitates and belongs to (a session, applications with long
    statements), and another open to their application."""
    from tests.community.factories import ProfileFactory, UserFactory
    from tests.learning.cohort_factories import (
        ApplicationFactory,
        CohortFactory,
        SessionFactory,
        accepted,
    )

    cohort = CohortFactory(
        title="Leadership Collaborative for Open Contracting Reformers — Latin America 2027",
        slug="leadership-collaborative-latin-america-2027",
        capacity=12,
        facilitators=[user],
        description=f"Six months together. Read {LONG_URL} before the {LONG_WORD}.",
        questions=f"Which {LONG_WORD} applies to you?",
    )
    accepted(cohort, user)
    SessionFactory(cohort=cohort, title="Opening session", place=LONG_URL)
    applicant = UserFactory()
    ProfileFactory(user=applicant, display_name="Ana Beatriz Lima de Albuquerque Nogueira")
    ApplicationFactory(
        cohort=cohort, applicant=applicant, statement=f"I work on {LONG_URL} and {LONG_WORD}."
    )
    return cohort, CohortFactory(slug="open-justice-2027", questions=f"About the {LONG_WORD}?")


def _awards(nominator, commitment):
    """A programme open for nominations, with long category and criterion names, in English
    and French, and a nomination of the long-titled commitment."""
    from django.utils import timezone

    from awards.models import Juror, JurorAssignment, RubricCriterion, Score
    from tests.awards.factories import NominationFactory, awards_index, programme_build
    from tests.community.factories import UserFactory

    programme = programme_build(
        title="Open Government Awards: reforms that opened public works to every citizen",
        categories=(f"Open contracting and the {LONG_WORD}", "Reformer of the year"),
    )
    criterion = RubricCriterion.objects.filter(programme=programme).first()
    criterion.descriptor_5 = f"Transformative: see {LONG_URL}"
    criterion.save()
    NominationFactory(programme=programme, nominator=nominator, commitment=commitment)
    _translate(awards_index(), "fr", title="Prix")
    _translate(programme, "fr", title="Prix du gouvernement ouvert")
    # the user is on the jury: an eligible nomination with a long statement to score
    judged = NominationFactory(
        programme=programme, state="eligible", statement=f"It publishes {LONG_URL} daily."
    )
    Juror.objects.create(programme=programme, user=nominator)
    JurorAssignment.objects.create(nomination=judged, juror=nominator)
    # a past edition with its results: a winner and a finalist scored by two jurors
    results = programme_build(
        title="Open Government Awards 2025: results", categories=(f"The {LONG_WORD}",)
    )
    jurors = [UserFactory(), UserFactory()]
    for number, state in enumerate(("winner", "shortlisted")):
        finalist = NominationFactory(programme=results, state=state,
                                     citation=f"For opening {LONG_URL} to all.")  # fmt: skip
        for juror in jurors:
            assignment = JurorAssignment.objects.create(nomination=finalist, juror=juror)
            for criterion in results.criteria.all():
                Score.objects.create(assignment=assignment, criterion=criterion, value=3 + number)
    results.results_published_at = timezone.now()
    results.save()
    return programme, results, judged


def _board_and_alumni(cohort, user):
    """A pinned thread with a long title and body, a hidden reply, and an alumnus of another
    (closed) cohort with a long name: the board, a thread and the alumni directory."""
    from learning.models import Alumnus
    from tests.community.factories import ProfileFactory
    from tests.learning.board_factories import ReplyFactory, ThreadFactory
    from tests.learning.cohort_factories import CohortFactory

    thread = ThreadFactory(
        cohort=cohort,
        author=user,
        pinned=True,
        title=f"How we published the {LONG_WORD} register",
        body=f"Start from {LONG_URL}.\nThen the {LONG_WORD}.",
    )
    ReplyFactory(thread=thread, author=user, body=f"See {LONG_URL}")
    ReplyFactory(thread=thread, author=user, body="Hidden", hidden_at=thread.created_at)
    alumna = ProfileFactory(display_name="Maria Fernanda Albuquerque de Oliveira Santos").user
    closed = CohortFactory(
        title="Open Contracting Practitioners — Latin America and the Caribbean 2026",
        state="completed",
    )
    Alumnus.objects.create(cohort=closed, user=alumna)
    return thread


def _starting_state(connection) -> str:
    """The database as every test starts from it (kept by tests/conftest.py when the session
    has a transactional test; made here otherwise)."""
    contents = getattr(connection, "_test_serialized_contents", None)
    return contents or connection.creation.serialize_db_to_string()


def _put_back(connection, contents: str) -> None:
    """Empty the database and load the starting state, as a transactional test ends.

    Saving the rows back sends post_save, and handlers (Wagtail's search index) look up content
    types while their table is still empty: with every content type in the cache first, they
    get the ids the reloaded rows have instead of making new rows."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)
    call_command("flush", verbosity=0, interactive=False, reset_sequences=False,
                 inhibit_post_migrate=True)  # fmt: skip
    connection.creation.deserialize_db_from_string(contents)


def _stop(server) -> None:
    """Stop the live server once the requests it is still answering are done: each closes the
    database connection it shares with this thread, which must still allow it."""
    server.thread.httpd.shutdown()  # takes no new request
    for thread in threading.enumerate():
        if thread.name.endswith("(process_request_thread)"):
            thread.join(timeout=10)
    server._live_server_modified_settings.disable()
    server.stop()


@pytest.fixture(scope="module")
def site(browser, django_db_setup, django_db_blocker):
    """The site and a live server of its own (pytest-django's `live_server` would make every
    test transactional, and the flush after each would take the site away)."""
    from django.db import connections
    from django.test import Client

    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        connection = connections["default"]
        contents = _starting_state(connection)
        try:
            world = _build_site()
            client = Client()
            client.force_login(world.user)
            world.session = client.cookies[settings.SESSION_COOKIE_NAME].value
            server = LiveServer("localhost")
            server._live_server_modified_settings.enable()
            try:
                world.url = server.url
                yield world
            finally:
                _stop(server)
        finally:
            _put_back(connection, contents)
            shared_data._forget_process_state()


@pytest.fixture
def visitor(browser, site):
    """visitor(signed_in=False, viewport=PHONE, javascript=True) -> a new page."""
    contexts = []

    def make(signed_in=False, viewport=PHONE, javascript=True):
        context = browser.new_context(base_url=site.url, viewport=viewport, locale="en-GB",
                                      java_script_enabled=javascript)  # fmt: skip
        context.set_default_timeout(10_000)
        if signed_in:
            context.add_cookies(
                [{"name": settings.SESSION_COOKIE_NAME, "value": site.session, "url": site.url}]
            )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def _open(page, url):
    response = page.goto(url)
    assert response is not None and response.ok, f"{url} answered {response and response.status}"


# --- the tests -------------------------------------------------------------------------------


def test_the_site_has_every_page_type(site):
    """The fixture is what the other tests think it is (a renamed route would otherwise turn
    into a 404 page measured for overflow)."""
    from django.test import Client

    clients = {SIGNED_IN: Client(), ANONYMOUS: Client()}
    clients[SIGNED_IN].cookies[settings.SESSION_COOKIE_NAME] = site.session
    for name, (path, who) in PAGE_TYPES.items():
        for prefix in ("", "/fr"):
            response = clients[who].get(prefix + path.format(s=site))
            assert response.status_code == 200, f"{name} {prefix}{path}: {response.status_code}"


def test_no_page_scrolls_sideways_on_a_phone(site, visitor):
    pages = {SIGNED_IN: visitor(signed_in=True), ANONYMOUS: visitor()}
    overflowing = []
    for name, (path, who) in PAGE_TYPES.items():
        page = pages[who]
        for prefix in ("", "/fr"):
            url = prefix + path.format(s=site)
            page.set_viewport_size({"width": WIDTHS[0], "height": 640})
            _open(page, url)
            menu = page.locator(".site-header .menu-button")
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 640})
                for unfolded in (False, True):
                    if (menu.get_attribute("aria-expanded") == "true") != unfolded:
                        menu.click()
                    state = "menu unfolded" if unfolded else "menu folded"
                    seen = page.evaluate(MEASURE)
                    if seen["scrollWidth"] > seen["clientWidth"]:
                        overflowing.append(f"{name} {url} at {width} px, {state}: {seen}")
            page.set_viewport_size({"width": NARROWEST_WIDE, "height": 640})  # no menu button
            seen = page.evaluate(MEASURE)
            if seen["scrollWidth"] > seen["clientWidth"]:
                overflowing.append(f"{name} {url} at {NARROWEST_WIDE} px: {seen}")
    assert not overflowing, "pages wider than the screen:\n" + "\n".join(overflowing)


def test_the_menu_button_opens_and_closes_the_navigation_with_the_keyboard(site, visitor):
    from playwright.sync_api import expect

    page = visitor()
    _open(page, "/fr/")
    button = page.get_by_role("button", name="Menu")
    navigation = page.get_by_role("navigation", name="Navigation principale")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_have_attribute("aria-controls", "site-menu")
    expect(navigation).to_be_hidden()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 120, f"the folded header is {header['height']} px high"

    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(navigation).to_be_visible()
    page.keyboard.press("Tab")  # the menu follows its button
    expect(navigation.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(navigation).to_be_hidden()
    expect(button).to_be_focused()

    page.keyboard.press("Space")
    expect(navigation).to_be_visible()
    expect(page.get_by_role("link", name="Rejoindre")).to_be_visible()  # the account links too
    page.keyboard.press("Space")
    expect(navigation).to_be_hidden()

    page.set_viewport_size(WIDE)  # wide screens: no button, the navigation in view
    expect(button).to_be_hidden()
    expect(navigation).to_be_visible()


def test_without_javascript_the_navigation_is_in_view(site, visitor):
    from playwright.sync_api import expect

    page = visitor(javascript=False)
    _open(page, "/")
    navigation = page.get_by_role("navigation", name="Main")
    expect(navigation.get_by_role("link", name="Members")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    expect(page.locator(".site-header .menu-button")).to_be_hidden()


def test_results_come_before_the_folded_filters_on_a_phone(site, visitor):
    from playwright.sync_api import expect

    page = visitor(signed_in=True)
    for prefix in ("/fr", ""):  # the first result on the first screen (it was three screens down)
        _open(page, f"{prefix}/search/?q=contracts")
        first_hit = page.locator("ol.search-hits > li").first
        expect(first_hit.get_by_role("link").first).to_be_in_viewport(ratio=1)
    facets = page.get_by_role("complementary", name="Filter")
    expect(facets.get_by_role("checkbox").first).to_be_hidden()
    facets.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(facets.get_by_role("checkbox").first).to_be_visible()

    _open(page, "/members/")
    expect(page.get_by_role("rowheader", name=site.member.name)).to_be_in_viewport()
    expect(page.get_by_role("combobox", name="Region")).to_be_hidden()
    page.get_by_text("Filters", exact=True).click()
    expect(page.get_by_role("combobox", name="Region")).to_be_visible()

    page.set_viewport_size(WIDE)  # wide screens: the filters beside the results, open
    _open(page, "/members/?kind=local")
    expect(page.get_by_role("combobox", name="Region")).to_be_visible()
    expect(page.get_by_text("Filters (1 applied)")).to_be_hidden()


def test_the_hubs_charts_and_their_tables_fit_a_phone_and_print(site, visitor, screenshot_dir):
    """The hub's charts, their tables open, at 320 and 375 px in English and French; printed,
    every table shows without its button."""
    page = visitor(signed_in=True)
    for prefix in ("", "/fr"):
        _open(page, f"{prefix}/challenge-areas/{site.area.slug}/")
        assert page.locator("svg.chart-drawing").count() == 6
        page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 640})
            seen = page.evaluate(MEASURE)
            assert seen["scrollWidth"] <= seen["clientWidth"], (prefix, width, seen)
        charts = page.locator(".hub-charts")
        charts.screenshot(path=screenshot_dir / f"hub-charts{prefix.replace('/', '-')}.png")
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = false; })")
    page.emulate_media(media="print")
    assert page.locator(".chart-table table").first.is_visible()
    assert not page.locator(".chart-table summary").first.is_visible()


def test_every_page_type_passes_axe(site, visitor, screenshot_dir):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    pages = {SIGNED_IN: visitor(signed_in=True), ANONYMOUS: visitor()}
    failures = {}
    for name, (path, who) in PAGE_TYPES.items():
        page = pages[who]
        url = path.format(s=site)
        _open(page, url)
        page.get_by_role("button", name="Menu").click()  # the menu and the folded filters too
        page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
        if name == "home":
            page.screenshot(path=screenshot_dir / "home-phone.png", full_page=True)
        violations = axe.run(page).response["violations"]
        if violations:
            failures[f"{name} ({url})"] = violations
    assert not failures, "axe-core found violations:\n" + "\n".join(
        f"{where}:\n{_describe(violations)}" for where, violations in failures.items()
    )


def _describe(violations):
    lines = []
    for v in violations:
        targets = [", ".join(map(str, node["target"])) for node in v["nodes"][:3]]
        lines.append(
            f"- {v['id']} ({v['impact']}, {len(v['nodes'])} element(s)): {v['help']}\n"
            f"    first targets: {targets}\n    {v['helpUrl']}"
        )
    return "\n".join(lines)
