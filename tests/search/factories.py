"""A small hand-made evidence corpus, built the way content really arrives: commitments,
stories (one of them translated), a guide chapter with recommendations, and reformer profiles,
all through the apps' own factories; `services.rebuild()` then projects them into records.

The corpus is small enough to know every expected answer by heart:

key                      kind            member  country  year  area                   lang
commitment:KE0001        commitment      Kenya   kenya    2021  anti-corruption        en  ★
commitment:KE0002        commitment      Kenya   kenya    2021  anti-corruption        en
commitment:KE0003        commitment      Kenya   kenya    2023  justice                en
commitment:ES0001        commitment      Spain   spain    2019  anti-corruption        en
commitment:ES0002        commitment      Spain   spain    2020  climate-environment    en
commitment:FR0001        commitment      France  france   2022  anti-corruption        fr  ★
commitment:BR0001        commitment      Brazil  brazil   2022  fiscal-openness        en
story (owners)           story           Kenya   kenya    2024  anti-corruption        en + fr
story (courts)           story                   spain    2023  justice                en
story (budget)           story                   brazil   2022  fiscal-openness        en
chapter (anti-corr.)     chapter                          now   anti-corruption        en
2 recommendations        recommendation                   now   anti-corruption        en
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings

from wagtail.models import Locale

from community.services import country_ensure
from opengov.models import HomePage
from search import services
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
from tests.stories.factories import StoryPageFactory, story_index


def translate(page, code, **fields):
    """Publish a translation of `page` (its parent must already be translated)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def home(code=None):
    return HomePage.objects.get(locale__language_code=code or settings.LANGUAGE_CODE)


@dataclass
class Corpus:
    vocab: dict
    countries: dict = field(default_factory=dict)
    members: dict = field(default_factory=dict)
    commitments: dict = field(default_factory=dict)  # public id -> Commitment
    stories: dict = field(default_factory=dict)  # short name -> StoryPage
    chapter: object = None
    recommendations: dict = field(default_factory=dict)  # title -> Recommendation
    story_index: object = None

    def key(self, name: str) -> str:
        """The record key of a corpus item by short name: 'KE0001', 'story:owners',
        'story:owners:fr', 'chapter', 'rec:Publish beneficial ownership data'."""
        if name in self.commitments:
            return f"commitment:{name}"
        if name.startswith("story:"):
            return f"story:{self.stories[name.removeprefix('story:')].pk}"
        if name == "chapter":
            return f"chapter:{self.chapter.pk}"
        if name.startswith("rec:"):
            rec = self.recommendations[name.removeprefix("rec:")]
            return f"recommendation:{self.chapter.pk}:{rec.pk}"
        raise KeyError(name)

    def keys(self, *names) -> list[str]:
        return [self.key(name) for name in names]


COMMITMENTS = [
    # public id, member, year, start date, title, description, area, theme, IRM (starred,
    # opened government, completion), policy areas
    (
        "KE0001",
        "kenya",
        2021,
        datetime.date(2021, 2, 1),
        "Beneficial ownership register",
        "Create a public register of the beneficial owners of companies, searchable by "
        "anyone, and link it to company filings.",
        "anti-corruption",
        "anti-corruption",
        (True, "outstanding", "complete"),
        ["Beneficial Ownership"],
    ),
    (
        "KE0002",
        "kenya",
        2021,
        datetime.date(2021, 6, 1),
        "Asset declarations for public officials",
        "Senior officials declare their assets and interests every year; the declarations "
        "are published online.",
        "anti-corruption",
        "anti-corruption",
        (False, "major", "substantial"),
        ["Asset Disclosure"],
    ),
    (
        "KE0003",
        "kenya",
        2023,
        datetime.date(2023, 4, 1),
        "Legal aid clinics in every county",
        "Free legal aid clinics help people resolve land and family disputes close to home.",
        "justice",
        "justice",
        (False, "marginal", "limited"),
        [],
    ),
    (
        "ES0001",
        "spain",
        2019,
        datetime.date(2019, 5, 1),
        "Public procurement reform",
        "Publish all contracts above the threshold, and check the ownership of bidding "
        "firms before awarding them.",
        "anti-corruption",
        "anti-corruption",
        (False, "marginal", "substantial"),
        ["Open Contracting"],
    ),
    (
        "ES0002",
        "spain",
        2020,
        datetime.date(2020, 3, 1),
        "Climate data portal",
        "Emissions, adaptation spending and air quality measurements published as "
        "machine-readable files every month.",
        "climate-environment",
        "climate",
        (False, "major", "complete"),
        [],
    ),
    (
        "FR0001",
        "france",
        2022,
        datetime.date(2022, 1, 15),
        "Registre des bénéficiaires effectifs",
        "Ouvrir le registre des bénéficiaires effectifs des sociétés et le rendre "
        "accessible à tous les citoyens sans inscription.",
        "anti-corruption",
        "anti-corruption",
        (True, "major", "substantial"),
        [],
    ),
    (
        "BR0001",
        "brazil",
        2022,
        datetime.date(2022, 9, 1),
        "Participatory budgeting in municipalities",
        "Residents vote every year on how a share of the municipal budget is spent.",
        "fiscal-openness",
        "fiscal-openness",
        (False, "major", "complete"),
        [],
    ),
]

COUNTRIES = {
    "kenya": ("KEN", "Kenya", "africa-middle-east"),
    "spain": ("ESP", "Spain", "europe"),
    "france": ("FRA", "France", "europe"),
    "brazil": ("BRA", "Brazil", "americas"),
}


def commitment_create(corpus, public_id, member, year, start, title, description, area, theme,
                      irm, policy_areas):  # fmt: skip
    starred, opened, completion = irm
    plan = ActionPlanFactory(
        member=corpus.members[member], start_year=year, end_year=year + 2, number=year - 2010
    )
    commitment = CommitmentFactory(
        public_id=public_id,
        action_plan=plan,
        title=title,
        description=description,
        start_date=start,
        irm_starred=starred,
        irm_opened_government=opened,
        irm_completion=completion,
        challenge_areas=[corpus.vocab["areas"][area]],
        themes=[corpus.vocab["themes"][theme]],
    )
    MilestoneFactory(commitment=commitment, title="Publish the first data release")
    if policy_areas:
        commitment.policy_areas.add(*policy_areas)
        commitment.save()
    return commitment


def corpus_build(vocab, *, rebuild=True) -> Corpus:
    corpus = Corpus(vocab=vocab)
    for slug, (iso3, name, region) in COUNTRIES.items():
        country = country_ensure(iso3=iso3, name=name, region=vocab["regions"][region])
        corpus.countries[slug] = country
        corpus.members[slug] = MemberFactory(name=name, slug=slug, country=country)
    for row in COMMITMENTS:
        corpus.commitments[row[0]] = commitment_create(corpus, *row)

    areas, themes = vocab["areas"], vocab["themes"]
    index = story_index()
    corpus.story_index = index
    corpus.stories["owners"] = StoryPageFactory(
        parent=index,
        title="How Kenya found the owners",
        slug="kenya-owners",
        intro="Companies now declare their beneficial owners in a public register.",
        date=datetime.date(2024, 5, 1),
        country=corpus.countries["kenya"],
        member=corpus.members["kenya"],
        challenge_areas=[areas["anti-corruption"]],
        themes=[themes["anti-corruption"]],
    )
    corpus.stories["owners"].tags.add("transparency")
    corpus.stories["owners"].save()
    corpus.stories["courts"] = StoryPageFactory(
        parent=index,
        title="Courts online",
        slug="courts-online",
        intro="Hearings and judgments are now published for everyone to read.",
        date=datetime.date(2023, 11, 1),
        country=corpus.countries["spain"],
        challenge_areas=[areas["justice"]],
        themes=[themes["justice"]],
    )
    corpus.stories["budget"] = StoryPageFactory(
        parent=index,
        title="Citizens shape the city budget",
        slug="city-budget",
        intro="How residents chose where the money for their streets goes.",
        date=datetime.date(2022, 10, 1),
        country=corpus.countries["brazil"],
        challenge_areas=[areas["fiscal-openness"]],
        themes=[themes["fiscal-openness"]],
    )
    translate(home(), "fr")
    translate(index, "fr")
    corpus.stories["owners:fr"] = translate(
        corpus.stories["owners"],
        "fr",
        title="Comment le Kenya a trouvé les propriétaires",
        intro="Les entreprises déclarent désormais leurs bénéficiaires effectifs dans un "
        "registre public.",
    )

    guide = GuideIndexPageFactory(parent=home())
    chapter = GuideChapterPageFactory(
        parent=guide,
        title="Anti-corruption",
        slug="anti-corruption",
        intro="Closing the gaps through which public money and influence leak.",
    )
    chapter.challenge_areas = [areas["anti-corruption"]]
    chapter.save()
    corpus.chapter = chapter
    for title, level, description in (
        (
            "Publish beneficial ownership data",
            "initial",
            "<p>Set up a register of the real owners of companies.</p>",
        ),
        (
            "Open the procurement data",
            "intermediate",
            "<p>Publish every tender and contract as it happens.</p>",
        ),
    ):
        corpus.recommendations[title] = RecommendationFactory(
            chapter=chapter, title=title, level=level, description=description
        )
    chapter.save_revision().publish()
    if rebuild:
        services.rebuild()
    return corpus


def peer_profile(vocab, *, name, areas=(), themes=(), country=None, visibility="public",
                 open_to_peer_exchange=True, active=True, user=None):  # fmt: skip
    user = user or UserFactory(is_active=active)
    profile = ProfileFactory(
        user=user,
        display_name=name,
        visibility=visibility,
        open_to_peer_exchange=open_to_peer_exchange,
        country=country,
        challenge_areas=[vocab["areas"][slug] for slug in areas],
    )
    if themes:
        profile.themes.set([vocab["themes"][slug] for slug in themes])
    return profile


def peers_build(corpus, viewer_user) -> dict:
    """The viewer (a Kenyan reformer on anti-corruption and justice) and the people the peer
    suggestions must choose from, one per rule. Scores (see engines/base.peer_score):
    Carla 2 areas + other country = 4.5; Ana 1 area + other country + France's starred
    FR0001 = 4.0; Ben 1 area, same country = 2.0; Gus 1 theme + other country = 1.5."""
    vocab, countries = corpus.vocab, corpus.countries
    return {
        "viewer": peer_profile(vocab, name="Vera Viewer", user=viewer_user,
                               areas=["anti-corruption", "justice"], themes=["anti-corruption"],
                               country=countries["kenya"]),
        "ana": peer_profile(vocab, name="Ana France", areas=["anti-corruption"],
                            country=countries["france"]),
        "ben": peer_profile(vocab, name="Ben Kenya", areas=["anti-corruption"],
                            country=countries["kenya"]),
        "carla": peer_profile(vocab, name="Carla Spain", areas=["anti-corruption", "justice"],
                              country=countries["spain"], visibility="members"),
        "gus": peer_profile(vocab, name="Gus Brazil", areas=["fiscal-openness"],
                            themes=["anti-corruption"], country=countries["brazil"]),
        "hana": peer_profile(vocab, name="Hana Unrelated", areas=["climate-environment"],
                             country=countries["spain"]),
        "dan": peer_profile(vocab, name="Dan Private", areas=["anti-corruption"],
                            country=countries["france"], visibility="private"),
        "eve": peer_profile(vocab, name="Eve Opted-out", areas=["anti-corruption"],
                            country=countries["france"], open_to_peer_exchange=False),
        "finn": peer_profile(vocab, name="Finn Inactive", areas=["anti-corruption"],
                             country=countries["france"], active=False),
    }  # fmt: skip
