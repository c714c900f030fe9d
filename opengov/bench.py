"""The page benchmark (manage.py page_bench, `make bench`): every page type through the whole
Django stack in-process (middleware, sessions, templates, the database), p50/p95 over
repeated requests and the queries one request makes, with two floors measured in the same run:
a bare view (/healthz: the middleware and one `SELECT 1`) and the raw full-text query on the
search index (search.api.benchmark_floor). The search layer's own calls (free-text search,
evidence-for, peers-for) are timed directly too, against the same floor.

A benchmark, not a test: it asserts nothing; it reports figures and the budgets of issue 17
(p95 ≤ 100 ms and ≤ 20 queries a page; search, evidence-for and peers-for p95 ≤ 60 ms and
≤ 3× the floor), each met or missed."""

import contextlib
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from wagtail.models import Locale

from awards.models import AwardProgrammePage, Juror, JurorAssignment
from community.models import (
    ActionPlan,
    ChallengeArea,
    Commitment,
    Member,
    PointOfContact,
    ReformerProfile,
    User,
)
from community.views import COMMITMENTS_PER_PAGE, REFORMERS_PER_PAGE
from core import collector
from guide.models import GuideChapterPage
from learning.models import Application, Cohort, CoursePage, Enrolment, LessonPage
from search import api as search_api
from stories.models import StoryPage

PAGE_P95_MS = 100
PAGE_QUERIES = 20
ENGINE_P95_MS = 60
ENGINE_FLOOR_RATIO = 3
MIN_SAMPLES = 5

# the queries of search_bench (search/management/commands/search_bench.py)
QUERIES = [
    "beneficial ownership register",
    "whistleblower protection",
    "open contracting and public procurement",
    "access to justice",
    "citizen participation in the budget",
    "open data portal",
    "climate",
    "right to information requests",
]


@dataclass
class Case:
    name: str
    url: str
    user: str = ""  # an e-mail address: the request is signed in as this account
    group: str = "page"  # "page", "floor", "engine"


@dataclass
class Result:
    name: str
    url: str
    group: str
    user: str
    status: int
    n: int
    p50_ms: float
    p95_ms: float
    queries: int | None
    # CPU time of this process (time.process_time: Python and SQLite, not the waits): on a
    # machine shared with other work it is the steadier figure; the budgets are judged on both
    cpu_p50_ms: float = 0.0
    cpu_p95_ms: float = 0.0
    budget: str = ""
    verdict: str = ""
    cpu_verdict: str = ""


@dataclass
class Run:
    label: str
    started: str
    settings: str
    database: str
    machine: str
    load_average: list[float]
    sizes: dict[str, int]
    repetitions: int
    results: list[Result] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict:
        return asdict(self)


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds (nearest rank, as search_bench)."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _first(queryset):
    return queryset.order_by("pk").first()


def sizes() -> dict[str, int]:
    return {
        "commitments": Commitment.objects.count(),
        "action plans": ActionPlan.objects.count(),
        "members": Member.objects.count(),
        "profiles": ReformerProfile.objects.count(),
        "stories": StoryPage.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "evidence records": search_api.evidence("", per_page=1, facets=False).total,
    }


def cases(skipped: dict[str, str]) -> list[Case]:  # noqa: C901, PLR0912, PLR0915 - one list
    """Every page type of issue 17 that this database has, each on a representative (and at
    scale, a large) instance; what it lacks goes to `skipped` with the reason."""
    locale = Locale.get_default()
    found: list[Case] = [Case("bare view (floor)", "/healthz", group="floor")]

    def add(name, build: Callable[[], Case | None], why="no such data"):
        try:
            case = build()
        except NoReverseMatch as error:
            skipped[name] = f"no such address yet ({error})"
            return
        if case is None:
            skipped[name] = why
        else:
            found.append(case)

    reformer = "reformer@example.org"
    # the biggest plan's commitment (at scale, a synthetic one in a plan of 25)
    commitment = (
        Commitment.objects.filter(public_id__startswith="Z").order_by("pk").first()
        or Commitment.objects.exclude(challenge_areas=None).order_by("pk").first()
    )
    add("home", lambda: Case("home", "/"))
    add(
        "challenge areas", lambda: Case("challenge areas", reverse("community:challenge_area_list"))
    )
    area = ChallengeArea.objects.filter(locale=locale).order_by("pk").first()
    add(
        "challenge area",
        lambda: area and Case("challenge area", area.get_absolute_url()),
    )
    add("members", lambda: Case("members", reverse("community:member_list")))
    member = Member.objects.order_by("-pk").first()
    add("member", lambda: member and Case("member", member.get_absolute_url()))
    add(
        "commitment page (evidence-for + peers)",
        lambda: (
            commitment
            and Case("commitment page (evidence-for + peers)", commitment.get_absolute_url())
        ),
    )
    add(
        "commitment page, signed in",
        lambda: (
            commitment
            and Case("commitment page, signed in", commitment.get_absolute_url(), reformer)
        ),
    )
    add("commitments", lambda: Case("commitments", reverse("community:commitment_list")))
    commitments = Commitment.objects.count()
    deep = max(1, commitments // COMMITMENTS_PER_PAGE - 1)
    add(
        "commitments, deep page",
        lambda: Case(
            "commitments, deep page", f"{reverse('community:commitment_list')}?page={deep}"
        ),
    )
    add("reformers", lambda: Case("reformers", reverse("community:reformer_list"), reformer))
    deep_reformers = max(1, ReformerProfile.objects.count() // REFORMERS_PER_PAGE - 1)
    add(
        "reformers, deep page",
        lambda: Case(
            "reformers, deep page",
            f"{reverse('community:reformer_list')}?page={deep_reformers}",
            reformer,
        ),
    )
    profile = ReformerProfile.objects.featurable().order_by("pk").first()
    add(
        "reformer profile", lambda: profile and Case("reformer profile", profile.get_absolute_url())
    )
    add(
        "reformer dashboard (peers-for)",
        lambda: Case("reformer dashboard (peers-for)", reverse("search:dashboard"), reformer),
    )
    add(
        "saved-search list",
        lambda: Case("saved-search list", reverse("search:saved_list"), reformer),
    )
    add(
        "search, no filter",
        lambda: Case("search, no filter", f"{reverse('search:search')}?q=open+contracting"),
    )
    add(
        "search, 3 filters",
        lambda: Case(
            "search, 3 filters",
            f"{reverse('search:search')}?q=open+data&type=commitment&type=recommendation"
            "&theme=anti-corruption",
        ),
    )
    add("search, empty", lambda: Case("search, empty", reverse("search:search")))
    for section in ("", "-pages", "-commitments", "-reformers"):
        url = f"/sitemap{section}.xml"
        add(f"sitemap{section}", lambda url=url, section=section: Case(f"sitemap{section}", url))
    story = StoryPage.objects.live().filter(locale=locale).order_by("-pk").first()
    add("story", lambda: story and Case("story", story.url))
    add("stories", lambda: Case("stories", "/stories/"))
    chapter = GuideChapterPage.objects.live().filter(locale=locale).order_by("path").first()
    add("guide chapter", lambda: chapter and Case("guide chapter", chapter.url))
    course = CoursePage.objects.live().filter(locale=locale).order_by("path").first()
    add("learning catalogue", lambda: Case("learning catalogue", "/learning/"))
    add("course", lambda: course and Case("course", course.url, reformer))
    lesson = LessonPage.objects.live().filter(locale=locale).order_by("path").first()
    add("lesson", lambda: lesson and Case("lesson", lesson.url, reformer))
    learner = Enrolment.objects.filter(user__email__endswith="@example.org").order_by("pk").first()
    add(
        "learner dashboard",
        lambda: (
            learner and Case("learner dashboard", reverse("search:dashboard"), learner.user.email)
        ),
    )
    cohort = (
        Cohort.objects.exclude(facilitators=None)
        .annotate(application_count=Count("applications"))
        .order_by("-application_count", "pk")
        .first()
    )
    member_app = cohort and _first(
        Application.objects.filter(cohort=cohort, state=Application.State.ACCEPTED)
    )
    add(
        "cohort space",
        lambda: (
            cohort
            and member_app
            and Case(
                "cohort space",
                reverse("learning:cohort_detail", kwargs={"slug": cohort.slug}),
                member_app.applicant.email,
            )
        ),
    )
    facilitator = cohort and cohort.facilitators.order_by("pk").first()
    add(
        "facilitator review",
        lambda: (
            facilitator
            and Case(
                "facilitator review",
                reverse("learning:cohort_review", kwargs={"slug": cohort.slug}),
                facilitator.email,
            )
        ),
    )
    add("alumni directory", lambda: Case("alumni directory", reverse("learning:alumni")))
    programme = AwardProgrammePage.objects.live().filter(locale=locale).order_by("path").first()
    add("award programme", lambda: programme and Case("award programme", programme.url))
    juror = (
        Juror.objects.filter(pk__in=JurorAssignment.objects.values("juror")).order_by("pk").first()
    )
    add(
        "juror dashboard",
        lambda: juror and Case("juror dashboard", reverse("awards:jury"), juror.user.email),
    )
    contact = _first(PointOfContact.objects.all())
    add(
        "member workspace",
        lambda: (
            contact
            and Case(
                "member workspace",
                reverse("community:workspace_member", kwargs={"slug": contact.member.slug}),
                contact.user.email,
            )
        ),
    )
    for name, label in (("commitment", "commitments"), ("member", "members"), ("story", "stories")):
        add(
            f"API {label}",
            lambda name=name, label=label: Case(f"API {label}", reverse(f"api:{name}-list")),
        )
    # issue 15's pages, measured once they land
    add("network page", lambda: Case("network page", reverse("community:network"), reformer))
    add(
        "notifications",
        lambda: Case("notifications", reverse("community:notifications"), reformer),
    )
    return found


def engine_cases() -> dict[str, Callable[[], object]]:
    """The search layer's calls the pages make, timed on their own (search_bench's cases)."""
    commitment = (
        Commitment.objects.filter(public_id__startswith="Z").order_by("pk").first()
        or Commitment.objects.exclude(challenge_areas=None).order_by("pk").first()
    )
    reformer = User.objects.filter(email="reformer@example.org").first()
    cycle = {"n": 0}

    def query():
        cycle["n"] += 1
        return QUERIES[cycle["n"] % len(QUERIES)]

    runs = {
        "raw full-text (floor)": lambda: search_api.benchmark_floor(query()),
        "search (engine)": lambda: search_api.evidence(query(), per_page=10),
        "search, 1 filter (engine)": lambda: search_api.evidence(
            query(), filters={"type": ["commitment"]}, per_page=10
        ),
    }
    if commitment is not None:
        runs["evidence-for (engine)"] = lambda: search_api.evidence_for(commitment=commitment)
        runs["peers-for a commitment (engine)"] = lambda: search_api.peers_for(
            commitment=commitment, viewer=reformer
        )
    if reformer is not None:
        runs["peers-for a reformer (engine)"] = lambda: search_api.peers_for(user=reformer)
    return runs


def budget(result: Result, floor: Result | None) -> None:
    """Judge `result` against issue 17's budgets, on wall time (`verdict`) and on CPU time
    (`cpu_verdict`), each against the floor's figure of the same kind."""
    if result.group == "floor" or result.name.startswith("raw"):
        result.budget = "floor"
        return
    result.verdict = _verdict(result, result.p95_ms, floor.p95_ms if floor else None)
    result.cpu_verdict = _verdict(result, result.cpu_p95_ms, floor.cpu_p95_ms if floor else None)
    if result.group == "engine":
        result.budget = f"p95 ≤ {ENGINE_P95_MS} ms, ≤ {ENGINE_FLOOR_RATIO}× floor"
    else:
        result.budget = f"p95 ≤ {PAGE_P95_MS} ms, ≤ {PAGE_QUERIES} queries, 200"


def _verdict(result: Result, p95: float, floor_p95: float | None) -> str:
    if result.group == "engine":
        ratio = p95 / floor_p95 if floor_p95 else None
        ok = p95 <= ENGINE_P95_MS and (ratio is None or ratio <= ENGINE_FLOOR_RATIO)
        ratio_text = f", {ratio:.1f}× floor" if ratio else ""
        return f"{'met' if ok else 'MISSED'} ({p95:.0f} ms{ratio_text})"
    misses = []
    if p95 > PAGE_P95_MS:
        misses.append(f"p95 {p95:.0f} ms")
    if result.queries is not None and result.queries > PAGE_QUERIES:
        misses.append(f"{result.queries} queries")
    if result.status != 200:
        misses.append(f"status {result.status}")
    return "MISSED: " + ", ".join(misses) if misses else "met"


class Bench:
    def __init__(self, *, repetitions: int, max_seconds: float = 30, warmup: int = 2, say=print):
        self.repetitions = repetitions
        self.max_seconds = max_seconds
        self.warmup = warmup
        self.say = say
        self.clients: dict[str, Client] = {}

    def repeat(self, run: Callable[[], object]) -> list[float]:
        """`repetitions` timings, or fewer (at least MIN_SAMPLES) once a case has taken
        `max_seconds`: a page that takes 15 s at scale is not timed 30 times."""
        samples: list[float] = []
        self.cpu_samples: list[float] = []
        deadline = time.monotonic() + self.max_seconds
        while len(samples) < self.repetitions:
            started, cpu = time.perf_counter(), time.process_time()
            run()
            samples.append(time.perf_counter() - started)
            self.cpu_samples.append(time.process_time() - cpu)
            if len(samples) >= MIN_SAMPLES and time.monotonic() > deadline:
                break
        return samples

    def client(self, email: str) -> Client:
        if email not in self.clients:
            client = Client(HTTP_HOST=_host())
            if email:
                client.force_login(User.objects.get(email=email))
            self.clients[email] = client
        return self.clients[email]

    def page(self, case: Case) -> Result:
        client = self.client(case.user)
        for _ in range(self.warmup):
            response = client.get(case.url, secure=True)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(case.url, secure=True)
        # now: the next request clears the connection's log (django.db.reset_queries)
        query_count = len(queries)
        samples = self.repeat(lambda: client.get(case.url, secure=True))
        p50, p95 = percentiles(samples)
        cpu50, cpu95 = percentiles(self.cpu_samples)
        return Result(
            case.name, case.url, case.group, case.user, response.status_code,
            len(samples), round(p50, 2), round(p95, 2), query_count, round(cpu50, 2),
            round(cpu95, 2),
        )  # fmt: skip

    def call(self, name: str, run: Callable[[], object]) -> Result:
        for _ in range(self.warmup * len(QUERIES)):
            run()
        with CaptureQueriesContext(connection) as queries:
            run()
        query_count = len(queries)
        samples = self.repeat(run)
        p50, p95 = percentiles(samples)
        cpu50, cpu95 = percentiles(self.cpu_samples)
        return Result(
            name, "", "engine", "", 200, len(samples), round(p50, 2), round(p95, 2), query_count,
            round(cpu50, 2), round(cpu95, 2),
        )  # fmt: skip


def _host() -> str:
    hosts = [h for h in settings.ALLOWED_HOSTS if h not in ("*", "") and not h.startswith(".")]
    return hosts[0] if hosts else "testserver"


def run(  # noqa: PLR0913 - the command's options
    *,
    label: str,
    repetitions: int,
    max_seconds: float = 30,
    warmup: int = 2,
    say=print,
    only: str = "",
) -> Run:
    skipped: dict[str, str] = {}
    bench = Bench(repetitions=repetitions, max_seconds=max_seconds, warmup=warmup, say=say)
    record = Run(
        label=label,
        started=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        settings=os.environ.get("DJANGO_SETTINGS_MODULE", ""),
        database=f"{connection.vendor} {connection.settings_dict['NAME']}",
        machine=f"{platform.node()} · {os.cpu_count()} cores",
        load_average=[round(x, 2) for x in os.getloadavg()],
        sizes=sizes(),
        repetitions=repetitions,
    )
    pages = [
        case
        for case in cases(skipped)
        if not only or only in case.name or case.group == "floor"
    ]  # fmt: skip
    calls = {
        name: call
        for name, call in engine_cases().items()
        if not only or only in name or name.startswith("raw")
    }  # fmt: skip
    # as a web process runs (opengov/wsgi.py, core.collector): every case once, then what
    # start-up and warm-up created is frozen, out of the garbage collector's walks
    for case in pages:
        with contextlib.suppress(User.DoesNotExist):
            bench.client(case.user).get(case.url, secure=True)
    for call in calls.values():
        call()
    say(f"warm-up done; {collector.freeze():,} objects frozen")
    for case in pages:
        try:
            result = bench.page(case)
        except User.DoesNotExist:
            skipped[case.name] = f"no account {case.user}"
            continue
        say(_line(result))
        record.results.append(result)
    for name, call in calls.items():
        result = bench.call(name, call)
        say(_line(result))
        record.results.append(result)
    floor = next((r for r in record.results if r.name.startswith("raw")), None)
    for result in record.results:
        budget(result, floor)
    record.skipped = skipped
    record.load_average += [round(x, 2) for x in os.getloadavg()]
    return record


def _line(result: Result) -> str:
    return (
        f"{result.name:<42}{result.status:>5}{result.p50_ms:>10.1f}{result.p95_ms:>10.1f}"
        f"{result.queries if result.queries is not None else '':>6}"
    )


def table(record: Run) -> str:
    """A Markdown table of a run, as docs/performance.md shows it."""
    lines = [
        f"Run `{record.label}` at {record.started} ({record.database}; {record.machine}; load "
        f"average before {record.load_average[:3]} and after {record.load_average[3:]}; "
        f"up to {record.repetitions} timed requests each after warm-up, n in the JSON).",
        "",
        "Sizes: " + ", ".join(f"{n:,} {what}" for what, n in record.sizes.items()) + ".",
        "",
        "| page or call | status | queries | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | "
        "budget (wall) | budget (CPU) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in record.results:
        name = f"{r.name} (`{r.url}`)" if r.url else r.name
        lines.append(
            f"| {name} | {r.status} | {'' if r.queries is None else r.queries} | "
            f"{r.p50_ms:.1f} | {r.p95_ms:.1f} | {r.cpu_p50_ms:.1f} | {r.cpu_p95_ms:.1f} | "
            f"{r.verdict or r.budget} | {r.cpu_verdict or r.budget} |"
        )
    if record.skipped:
        lines += ["", "Not measured: " + "; ".join(f"{k}: {v}" for k, v in record.skipped.items())]
    return "\n".join(lines) + "\n"


def load_urls() -> dict:
    """The addresses `make load` reads (benchmarks/locustfile.py), spread over this database,
    and a session of the demo reformer for the signed-in dashboard."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    locale = Locale.get_default()
    skipped: dict[str, str] = {}
    anonymous = [
        c.url
        for c in cases(skipped)
        if c.group == "page" and not c.user and "sitemap" not in c.name and "API" not in c.name
        and "search" not in c.name and "deep" not in c.name
    ]  # fmt: skip
    commitments = Commitment.objects.order_by("pk").values_list("public_id", flat=True)
    step = max(1, commitments.count() // 200)
    stories = StoryPage.objects.live().filter(locale=locale).order_by("pk")
    story_step = max(1, stories.count() // 200)
    user = User.objects.get(email="reformer@example.org")
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return {
        "pages": anonymous,
        "commitments": [
            reverse("community:commitment_detail", kwargs={"public_id": p})
            for p in list(commitments)[::step][:200]
        ],
        "stories": [s.url for s in list(stories.defer_streamfields())[::story_step][:200]],
        "searches": [f"{reverse('search:search')}?q={q.replace(' ', '+')}" for q in QUERIES],
        "session": session.session_key,
    }
