"""The one interface both engines implement, and the value types they return.

Views, selectors and commands talk to an engine only through `SearchEngine`; the contract
tests (tests/search/test_contract.py) run the same cases against each engine."""

import abc
import datetime
from dataclasses import dataclass, field

from ..models import Kind

FACETS = ("type", "theme", "area", "level", "country", "region", "year", "language")
SORTS = ("relevance", "date")
PER_PAGE = 10


class EngineUnavailable(Exception):
    """The engine cannot answer now (cluster down, index missing); the caller falls back."""


class EngineDown(EngineUnavailable):
    """The engine cannot be reached or did not answer in time (connection refused, timeout):
    the circuit breaker opens, so that nobody waits for it again for a while."""


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
    level: str = ""  # courses and lessons
    level_label: str = ""  # its name in the reader's language (selectors.for_reader)
    score: float = 0.0
    first_indexed_at: object = None
    is_new: bool = False

    @property
    def kind_label(self) -> str:
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


class SearchEngine(abc.ABC):
    """What every engine answers, and how its index is kept. Records come from
    search.models.EvidenceRecord, the read model every engine is fed from.

    Every method is abstract: an engine whose index needs no maintenance (the database
    engine's index is the records table itself) says so in its own no-op, so that a new
    engine cannot inherit a silent one."""

    name = ""

    # --- reads -------------------------------------------------------------------------------

    @abc.abstractmethod
    def search(self, request: SearchRequest) -> SearchResults: ...

    @abc.abstractmethod
    def more_like(
        self,
        key: str,
        *,
        kinds=None,
        limit: int = 8,
        language: str = "en",
        exclude_member=True,
        every_kind: bool = False,
    ) -> list[Hit]:
        """Records most like the record `key` (evidence-for and related items): text
        similarity fused with shared topics (search.fusion). With `every_kind`, the best
        record of each kind that is like it in words and in topics has a place."""

    @abc.abstractmethod
    def autocomplete(self, prefix: str, *, limit: int = 8, language: str = "en") -> list[Hit]:
        """Titles starting with `prefix`, one per group of translations: the reader's
        `language` first, and its translation when several of a group match."""

    @abc.abstractmethod
    def peers(self, query: PeerQuery) -> list[PeerHit]:
        """Reformers open to peer exchange who share areas or themes, best first."""

    # --- index maintenance -----------------------------------------------------------------

    @abc.abstractmethod
    def index_records(self, records) -> None:
        """These records were created or changed: (re)index them."""

    @abc.abstractmethod
    def delete_keys(self, keys) -> None:
        """These records are gone: drop them from the index."""

    @abc.abstractmethod
    def index_peers(self, profile_ids) -> None:
        """Profiles changed (or were deleted): refresh their peer entries."""

    @abc.abstractmethod
    def rebuild(self, records, *, progress: bool = False) -> int:
        """Index every record (and peer) from scratch; returns the number of records."""

    @abc.abstractmethod
    def reconcile(self, expected: dict[str, str], *, repair: bool) -> IndexReport:
        """Compare the index with `expected` ({key: fingerprint}); repair when asked."""
