"""The scale data set of the benchmark (manage.py seed_scale): the partnership at the size the
platform must hold, built deterministically with bulk inserts on top of the demo content and
the real OGP commitments and OGRX papers.

Synthetic rows are recognisable by their keys: members coded `Z0001`…, plans `AP_Z0001_1`…,
commitments `Z000001`…, accounts `reformer000001@scale.example.org`, stories `scale-story-…`.
Commitment texts are the real ones (cycled), so that the search index has real words in real
proportions. Pages are put in Wagtail's tree by treebeard's own path arithmetic (the tree API
`add_child` costs a read-modify-write of the parent per page: 10,000 stories would take
minutes), in one bulk insert of the base rows and one of the story rows.

A benchmark tool, not part of the site: nothing but the seed_scale command imports it."""

import datetime
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

from awards.models import AwardCategory, AwardProgrammePage, Juror, JurorAssignment, Nomination
from community import services as community_services
from community.models import (
    ActionPlan,
    ChallengeArea,
    Commitment,
    CommitmentPolicyArea,
    Country,
    Member,
    Milestone,
    ReformerProfile,
    Theme,
    User,
)
from learning.models import CoursePage, Enrolment
from stories.models import StoryIndexPage, StoryPage

BATCH = 2000
SCALE_DOMAIN = "scale.example.org"
# One password for every seeded account, hashed once (PBKDF2 per account would take hours).
SCALE_PASSWORD = "opengov-scale"  # noqa: S105 - documented, for a throwaway database

FIRST_NAMES = [
    "Amina", "Bruno", "Carmen", "Dmitri", "Esther", "Farid", "Grace", "Hugo", "Ines", "Jomo",
    "Katarina", "Luis", "Maya", "Nikolai", "Olga", "Pedro", "Quynh", "Rania", "Sofia", "Tariq",
    "Uma", "Victor", "Wanjiru", "Ximena", "Yusuf", "Zainab",
]  # fmt: skip
LAST_NAMES = [
    "Abebe", "Bianchi", "Costa", "Dlamini", "Eriksen", "Fernández", "García", "Haddad",
    "Ivanova", "Jensen", "Kamau", "López", "Mensah", "Nguyen", "Okafor", "Petrov", "Quispe",
    "Rossi", "Santos", "Tanaka", "Usman", "Vargas", "Wójcik", "Xu", "Yilmaz", "Zulu",
]  # fmt: skip
LANGUAGE_SETS = [["en"], ["en", "fr"], ["es"], ["en", "es"], ["fr"], ["en", "pt"]]


@dataclass
class Sizes:
    members: int = 500
    plans_per_member: int = 4
    commitments: int = 50_000
    profiles: int = 100_000
    stories: int = 10_000
    enrolments: int = 200_000
    nominations: int = 2_000
    juror_nominations: int = 200


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _batched(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _bulk(model, rows):
    for batch in _batched(rows):
        model.objects.bulk_create(batch)


class Seeder:
    def __init__(self, sizes: Sizes, *, seed: int = 17, say: Callable[[str], None] = print):
        self.sizes = sizes
        self.random = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
        self.say = say
        self.report = Report()
        self.locale = Locale.get_default()
        self.themes = list(Theme.objects.filter(locale=self.locale).order_by("pk"))
        self.areas = list(ChallengeArea.objects.filter(locale=self.locale).order_by("pk"))
        self.countries = list(Country.objects.filter(locale=self.locale).order_by("pk"))
        self.now = timezone.now()

    # each step's first row: a step whose row exists is done (a run that stopped goes on)
    DONE = {
        "commitments": lambda: Member.objects.filter(code="Z0001").exists(),
        "profiles": lambda: User.objects.filter(email=f"reformer000001@{SCALE_DOMAIN}").exists(),
        "stories": lambda: StoryPage.objects.filter(slug="scale-story-00001").exists(),
        "enrolments": lambda: Enrolment.objects.filter(
            user__email__endswith=f"@{SCALE_DOMAIN}"
        ).exists(),
        "nominations": lambda: Nomination.objects.filter(
            commitment__public_id__startswith="Z"
        ).exists(),
    }

    @classmethod
    def seeded(cls) -> bool:
        return all(done() for done in cls.DONE.values())

    def run(self) -> Report:
        steps = [
            ("commitments", self.commitments),
            ("profiles", self.profiles),
            ("stories", self.stories),
            ("enrolments", self.enrolments),
            ("nominations", self.nominations),
            ("connections and follows", self.connections_and_follows),
        ]
        for name, step in steps:
            if name in self.DONE and self.DONE[name]():
                self.say(f"{name}: there already")
                continue
            started = time.monotonic()
            with transaction.atomic():
                counts = step()
            elapsed = time.monotonic() - started
            self.report.counts.update(counts)
            self.report.seconds[name] = elapsed
            summary = ", ".join(f"{n:,} {what}" for what, n in counts.items()) or "nothing"
            self.say(f"{name}: {summary} ({elapsed:.1f} s)")
        return self.report

    # --- the partnership: members, plans, commitments (real texts, cycled) -----------------
    def commitments(self) -> dict[str, int]:
        sizes = self.sizes
        templates = list(Commitment.objects.order_by("public_id"))
        if not templates:
            raise RuntimeError("No commitments to copy texts from: import the real ones first.")
        members = [
            Member(
                name=f"{self.countries[n % len(self.countries)].name} · scale member {n}",
                slug=f"scale-member-{n:04d}",
                code=f"Z{n:04d}",
                kind=Member.Kind.LOCAL if n % 3 else Member.Kind.NATIONAL,
                country=self.countries[n % len(self.countries)],
                joined_year=2011 + n % 14,
            )
            for n in range(1, sizes.members + 1)
        ]
        _bulk(Member, members)
        members = list(Member.objects.filter(code__startswith="Z").order_by("code"))
        plans = [
            ActionPlan(
                ogp_id=f"AP_{member.code}_{k}",
                member=member,
                number=k,
                start_year=2011 + 2 * k,
                end_year=2013 + 2 * k,
            )
            for member in members
            for k in range(1, sizes.plans_per_member + 1)
        ]
        _bulk(ActionPlan, plans)
        plans = list(
            ActionPlan.objects.filter(ogp_id__startswith="AP_Z")
            .select_related("member")
            .order_by("ogp_id")
        )
        per_plan = -(-sizes.commitments // len(plans))
        copied = [f.attname for f in Commitment._meta.concrete_fields if f.attname not in {
            "id", "public_id", "action_plan_id", "number", "created_at", "updated_at",
            "lead_institution", "list_year",
        }]  # fmt: skip
        rows = []
        for n in range(sizes.commitments):
            template = templates[n % len(templates)]
            plan = plans[n // per_plan]
            row = Commitment(
                public_id=f"Z{n + 1:06d}",
                action_plan=plan,
                number=str(n % per_plan + 1),
                list_year=plan.start_year or 0,  # bulk_create does not call save()
                lead_institution=f"{template.lead_institution[:400]} ({plan.member.name})",
                **{name: getattr(template, name) for name in copied},
            )
            rows.append(row)
        _bulk(Commitment, rows)
        ids = dict(
            Commitment.objects.filter(public_id__startswith="Z").values_list("public_id", "pk")
        )
        # the templates' classification, read once from the link tables (modelcluster's
        # managers query again on each .all(), prefetched or not)
        themes, areas, tags = defaultdict(list), defaultdict(list), defaultdict(list)
        for links, rows in [
            (themes, Commitment.themes.through.objects.values_list("commitment_id", "theme_id")),
            (
                areas,
                Commitment.challenge_areas.through.objects.values_list(
                    "commitment_id", "challengearea_id"
                ),
            ),
            (tags, CommitmentPolicyArea.objects.values_list("content_object_id", "tag_id")),
        ]:
            for owner, target in rows:
                links[owner].append(target)
        theme_links, area_links, tag_links, milestones = [], [], [], []
        for n in range(sizes.commitments):
            template = templates[n % len(templates)]
            pk = ids[f"Z{n + 1:06d}"]
            theme_links += [
                Commitment.themes.through(commitment_id=pk, theme_id=t) for t in themes[template.pk]
            ]
            area_links += [
                Commitment.challenge_areas.through(commitment_id=pk, challengearea_id=a)
                for a in areas[template.pk]
            ]
            tag_links += [
                CommitmentPolicyArea(content_object_id=pk, tag_id=t) for t in tags[template.pk]
            ]
            milestones += [
                Milestone(
                    commitment_id=pk,
                    sort_order=k,
                    title=f"Milestone {k + 1} of {template.title[:400]}",
                    is_done=bool((n + k) % 2),
                )
                for k in range(2)
            ]
        for model, rows in [
            (Commitment.themes.through, theme_links),
            (Commitment.challenge_areas.through, area_links),
            (CommitmentPolicyArea, tag_links),
            (Milestone, milestones),
        ]:
            _bulk(model, rows)
        # the areas' stored figures (community.area_stats): bulk inserts send no signal
        community_services.area_stats_refresh_all()
        return {
            "members": len(members),
            "action plans": len(plans),
            "commitments": sizes.commitments,
            "milestones": len(milestones),
        }

    # --- reformers: accounts and profiles ---------------------------------------------------
    def profiles(self) -> dict[str, int]:
        password = make_password(SCALE_PASSWORD)
        count = self.sizes.profiles
        users = []
        for n in range(1, count + 1):
            first = FIRST_NAMES[n % len(FIRST_NAMES)]
            last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
            users.append(
                User(
                    email=f"reformer{n:06d}@{SCALE_DOMAIN}",
                    password=password,
                    first_name=first,
                    last_name=last,
                    is_active=n % 50 != 0,
                    date_joined=self.now,
                )
            )
        _bulk(User, users)
        user_ids = list(
            User.objects.filter(email__endswith=f"@{SCALE_DOMAIN}")
            .order_by("email")
            .values_list("pk", flat=True)
        )
        visibilities = (
            [ReformerProfile.Visibility.MEMBERS] * 6
            + [ReformerProfile.Visibility.PUBLIC] * 3
            + [ReformerProfile.Visibility.PRIVATE]
        )
        sectors = [s for s, _label in ReformerProfile.Sector.choices]
        profiles = []
        for n, user_id in enumerate(user_ids, start=1):
            first = FIRST_NAMES[n % len(FIRST_NAMES)]
            last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
            theme = self.themes[n % len(self.themes)]
            profiles.append(
                ReformerProfile(
                    user_id=user_id,
                    slug=f"reformer-{n:06d}",
                    display_name=f"{first} {last} {n}",
                    headline=f"Works on {theme.name.lower()}",
                    organisation=f"Ministry {n % 997}",
                    country=self.countries[n % len(self.countries)],
                    sector=sectors[n % len(sectors)],
                    languages=LANGUAGE_SETS[n % len(LANGUAGE_SETS)],
                    visibility=visibilities[n % len(visibilities)],
                    open_to_peer_exchange=n % 4 != 0,
                    # the directory's copy (bulk_create does not call save()); the account of
                    # profile n is user n (both in e-mail order): active unless n % 50 == 0
                    **ReformerProfile.listing_flags(
                        visibility=visibilities[n % len(visibilities)], is_active=n % 50 != 0
                    ),
                )
            )
        _bulk(ReformerProfile, profiles)
        profile_ids = list(
            ReformerProfile.objects.filter(user__email__endswith=f"@{SCALE_DOMAIN}")
            .order_by("slug")
            .values_list("pk", flat=True)
        )
        theme_links, area_links = [], []
        for n, pk in enumerate(profile_ids):
            for k in self.random.sample(range(len(self.themes)), 1 + n % 3):
                theme_links.append(
                    ReformerProfile.themes.through(
                        reformerprofile_id=pk, theme_id=self.themes[k].pk
                    )
                )
            for k in self.random.sample(range(len(self.areas)), 1 + n % 2):
                area_links.append(
                    ReformerProfile.challenge_areas.through(
                        reformerprofile_id=pk, challengearea_id=self.areas[k].pk
                    )
                )
        _bulk(ReformerProfile.themes.through, theme_links)
        _bulk(ReformerProfile.challenge_areas.through, area_links)
        # the countries' and areas' counts of listed reformers (community.listed_counts)
        community_services.listed_counts_refresh_all()
        return {"accounts": len(user_ids), "profiles": len(profile_ids)}

    # --- stories: pages in Wagtail's tree ---------------------------------------------------
    def stories(self) -> dict[str, int]:
        index = StoryIndexPage.objects.filter(locale=self.locale).first()
        if index is None:
            raise RuntimeError("No story index: load the demo content first.")
        count = self.sizes.stories
        content_type = ContentType.objects.get_for_model(StoryPage)
        last = index.get_last_child()
        step = int(last.path[-Page.steplen :], 36) + 1 if last else 1
        commitment_ids = list(
            Commitment.objects.filter(public_id__startswith="Z")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        members = list(Member.objects.filter(code__startswith="Z").order_by("pk"))
        published = self.now - datetime.timedelta(days=1)
        stories = []
        for n in range(count):
            theme = self.themes[n % len(self.themes)]
            area = self.areas[n % len(self.areas)]
            member = members[n % len(members)]
            slug = f"scale-story-{n + 1:05d}"
            title = f"How {member.name} opened up {theme.name.lower()} ({n + 1})"
            stories.append(
                StoryPage(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=Page._get_path(index.path, index.depth + 1, step + n),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    content_type=content_type,
                    locale=self.locale,
                    translation_key=uuid.UUID(int=self.random.getrandbits(128)),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n % 2000),
                    intro=f"Reformers in {member.name} worked on {area.name.lower()}: "
                    f"what they changed, what it took and what others can learn.",
                    body=[
                        ("paragraph", f"<p>{theme.description or theme.name}</p>"),
                        ("heading", "What changed"),
                        ("paragraph", f"<p>{area.summary or area.name}</p>"),
                    ],
                    author_name=f"{FIRST_NAMES[n % 26]} {LAST_NAMES[n % 26]}",
                    member=member,
                    country_id=member.country_id,
                )
            )
        # Multi-table inheritance: the base rows in bulk, then the story rows (bulk_create
        # does not take an inherited model; a raw save writes the child table only).
        base_fields = [f.attname for f in Page._meta.concrete_fields if f.attname != "id"]
        for batch in _batched(stories):
            bases = Page.objects.bulk_create(
                [Page(**{name: getattr(s, name) for name in base_fields}) for s in batch]
            )
            for story, base in zip(batch, bases, strict=True):
                story.pk = base.pk  # the parent link and the base id
                story.save_base(raw=True, force_insert=True)
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
        theme_links, area_links, commitment_links = [], [], []
        for n, story in enumerate(stories):
            theme_links.append(
                StoryPage.themes.through(
                    storypage_id=story.pk, theme_id=self.themes[n % len(self.themes)].pk
                )
            )
            area_links.append(
                StoryPage.challenge_areas.through(
                    storypage_id=story.pk, challengearea_id=self.areas[n % len(self.areas)].pk
                )
            )
            for k in range(3):
                commitment_links.append(
                    StoryPage.commitments.through(
                        storypage_id=story.pk,
                        commitment_id=commitment_ids[(n * 5 + k) % len(commitment_ids)],
                    )
                )
        _bulk(StoryPage.themes.through, theme_links)
        _bulk(StoryPage.challenge_areas.through, area_links)
        _bulk(StoryPage.commitments.through, commitment_links)
        return {"stories": count}

    # --- learning: enrolments on the demo courses -------------------------------------------
    def enrolments(self) -> dict[str, int]:
        courses = list(CoursePage.objects.live().filter(locale=self.locale).order_by("path"))
        if not courses:
            return {}
        user_ids = list(
            User.objects.filter(email__endswith=f"@{SCALE_DOMAIN}")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        per_user = min(len(courses), -(-self.sizes.enrolments // max(1, len(user_ids))))
        rows = []
        for n, user_id in enumerate(user_ids):
            for k in range(per_user):
                if len(rows) >= self.sizes.enrolments:
                    break
                rows.append(
                    Enrolment(
                        user_id=user_id,
                        course=courses[(n + k) % len(courses)],
                        completed_at=self.now if n % 3 == 0 else None,
                    )
                )
        _bulk(Enrolment, rows)
        return {"enrolments": len(rows)}

    # --- awards: nominations in the demo programme, some assigned to the demo juror ---------
    def nominations(self) -> dict[str, int]:
        programme = AwardProgrammePage.objects.filter(locale=self.locale).order_by("path").first()
        if programme is None:
            return {}
        categories = list(AwardCategory.objects.filter(programme=programme).order_by("pk"))
        if not categories:
            return {}
        commitments = list(
            Commitment.objects.filter(public_id__startswith="Z")
            .order_by("pk")
            .values_list("pk", "title")[: self.sizes.nominations]
        )
        nominators = list(
            User.objects.filter(email__endswith=f"@{SCALE_DOMAIN}", is_active=True)
            .order_by("pk")
            .values_list("pk", flat=True)[: self.sizes.nominations]
        )
        rows = [
            Nomination(
                programme=programme,
                category=categories[n % len(categories)],
                nominator_id=nominators[n % len(nominators)],
                kind=Nomination.Kind.COMMITMENT,
                commitment_id=pk,
                title=title[:300],
                statement="It opened the data and the people used it.",
                state=Nomination.State.ELIGIBLE if n % 2 else Nomination.State.SUBMITTED,
                submitted_at=self.now,
            )
            for n, (pk, title) in enumerate(commitments)
        ]
        _bulk(Nomination, rows)
        counts = {"nominations": len(rows)}
        juror = Juror.objects.filter(programme=programme).order_by("pk").first()
        if juror is not None:
            seeded = Nomination.objects.filter(
                programme=programme,
                commitment__public_id__startswith="Z",
                state=Nomination.State.ELIGIBLE,
            ).order_by("pk")[: self.sizes.juror_nominations]
            assignments = [JurorAssignment(nomination=n, juror_id=juror.user_id) for n in seeded]
            _bulk(JurorAssignment, assignments)
            counts["juror assignments"] = len(assignments)
        return counts

    # --- the hook for issue 15 --------------------------------------------------------------
    def connections_and_follows(self) -> dict[str, int]:
        """Peer connections and follows (issue 15). Their models land with the connections
        and notify branches: once `community.Connection` and `community.Follow` exist, seed
        them here (for instance 5 connections and 10 follows per active profile, in bulk)."""
        for name in ("Connection", "Follow"):
            try:
                apps.get_model("community", name)
            except LookupError:
                self.say(f"  community.{name}: no such model yet; not seeded")
            else:  # pragma: no cover - until the models land
                self.say(f"  community.{name}: exists but is not seeded yet (see this hook)")
        return {}
