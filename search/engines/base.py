"""The one interface both engines implement, and the value types they return.

Views, selectors and commands talk to an engine only through `SearchEngine`; the contract
tests (tests/search/test_contract.py) run the same cases against each engine."""

import datetime
from dataclasses import dataclass, field

FACETS = ("type", "theme", "area", "country", "region", "year", "language")
SORTS = ("relevance", "date")
PER_PAGE = 10


class EngineUnavailable(Exception):
    """The engine cannot answer now (cluster down, index missing); the caller falls back."""


@dataclass
class SearchRequest:
    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    language: str = "en"  # the reader's language: preferred among translations
    facets: bool = True
    exclude_keys: tuple[str, ...] = ()
    # only records first indexed after this moment (a saved search's new matches)
    indexed_after: datetime.datetime | None = None

    def active_filters(self) -> dict[str, set[str]]:
        return {f: set(v) for f, v in self.filters.items() if f in FACETS and v}


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    snippet: str = ""  # safe HTML: escaped text with <mark> around matches
    language: str = ""
    year: int | None = None
    date: datetime.date | None = None
    country: str = ""
    member: str = ""
    themes: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    starred: bool = False
    score: float = 0.0
    first_indexed_at: object = None
    is_new: bool = False

    @property
    def kind_label(self) -> str:
        from ..models import Kind

        return str(Kind(self.kind).label) if self.kind in Kind.values else self.kind


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False
    label: str = ""


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    corrected_query: str = ""  # set when spelling was corrected
    notice: str = ""  # set when an engine fell back to another
    engine: str = ""

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class IndexReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)

    @property
    def drift(self) -> int:
        return len(self.missing) + len(self.stale) + len(self.orphaned)


@dataclass
class PeerQuery:
    """Whom to suggest: people working on these areas and themes. `visibilities` are the
    profile visibilities the viewer may see; the viewer is in `exclude_user_ids`."""

    areas: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    country: str = ""  # the viewer's (or the commitment's) country: others are preferred
    exclude_user_ids: tuple[int, ...] = ()
    visibilities: tuple[str, ...] = ("public",)
    limit: int = 6


@dataclass
class PeerHit:
    profile_id: int
    score: float
    shared_areas: list[str] = field(default_factory=list)
    shared_themes: list[str] = field(default_factory=list)
    comparable_reform: bool = False  # their country has strong commitments in a shared area


# How a suggestion's score is made, in both engines
PEER_AREA_WEIGHT = 2.0
PEER_THEME_WEIGHT = 1.0
PEER_OTHER_COUNTRY = 0.5
PEER_COMPARABLE_REFORM = 1.5


def peer_score(shared_areas, shared_themes, *, other_country: bool, comparable: bool) -> float:
    return (
        PEER_AREA_WEIGHT * len(shared_areas)
        + PEER_THEME_WEIGHT * len(shared_themes)
        + (PEER_OTHER_COUNTRY if other_country else 0)
        + (PEER_COMPARABLE_REFORM if comparable else 0)
    )


class SearchEngine:
    """What every engine answers. Records come from search.models.EvidenceRecord, the read
    model both engines are fed from."""

    name = ""

    def search(self, request: SearchRequest) -> SearchResults:
        raise NotImplementedError

    def more_like(
        self, key: str, *, kinds=None, limit: int = 8, language: str = "en", exclude_member=True
    ) -> list[Hit]:
        """Records most like the record `key` (evidence-for and related items)."""
        raise NotImplementedError

    def autocomplete(self, prefix: str, *, limit: int = 8) -> list[Hit]:
        raise NotImplementedError

    def peers(self, query: PeerQuery) -> list[PeerHit]:
        """Reformers open to peer exchange who share areas or themes, best first."""
        raise NotImplementedError

    def raw_match(self, query: str) -> int:
        """The bare full-text query, for the benchmark's floor: number of matches."""
        raise NotImplementedError

    # index maintenance; the database engine's index is the records table itself
    def index_records(self, records) -> None:
        pass

    def delete_keys(self, keys) -> None:
        pass

    def rebuild(self, records, *, progress=False) -> int:
        return 0

    def reconcile(self, expected: dict[str, str], *, repair: bool) -> IndexReport:
        return IndexReport(checked=len(expected))

    def index_peers(self, profile_ids) -> None:
        """Profiles changed (or were deleted): refresh their peer entries."""
