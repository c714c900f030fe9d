"""CSV exports of nominations and scores that open correctly in a spreadsheet.

UTF-8 with a byte-order mark (so Excel reads accents right), a header row, CRLF lines, and
text cells that a spreadsheet would run as a formula neutralised with a leading apostrophe
(OWASP, "CSV Injection"). The exports are generators of text chunks, one per line, ready for
StreamingHttpResponse: nothing holds the whole file in memory.
"""

from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from datetime import datetime
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from core.csv_export import csv_lines, neutralise  # noqa: F401 (neutralise: re-exported)


@dataclass(frozen=True)
class NominationRow:
    id: int
    programme: str
    category: str
    kind: str
    nominee: str
    nominator: str
    status: str
    submitted_at: datetime | None
    jurors: int
    score: float | None
    adjusted_score: float | None
    position: int | None


# Column titles, in the order of the row's fields.
NOMINATION_HEADER = {
    "id": _("Nomination"),
    "programme": _("Programme"),
    "category": _("Category"),
    "kind": _("Kind"),
    "nominee": _("Nominee"),
    "nominator": _("Nominator"),
    "status": _("Status"),
    "submitted_at": _("Submitted at"),
    "jurors": _("Jurors"),
    "score": _("Score"),
    "adjusted_score": _("Adjusted score"),
    "position": _("Position"),
}


@dataclass(frozen=True)
class ScoreRow:
    nomination_id: int
    category: str
    nominee: str
    juror: str
    criterion: str
    weight: Decimal | int
    score: int
    comment: str


SCORE_HEADER = {
    "nomination_id": _("Nomination"),
    "category": _("Category"),
    "nominee": _("Nominee"),
    "juror": _("Juror"),
    "criterion": _("Criterion"),
    "weight": _("Weight"),
    "score": _("Score"),
    "comment": _("Comment"),
}


def _rows_of(rows: Iterable[NominationRow | ScoreRow]) -> Iterator[tuple]:
    for row in rows:
        values = astuple(row)
        yield tuple(round(v, 3) if isinstance(v, float) else v for v in values)


def nominations_csv(rows: Iterable[NominationRow]) -> Iterator[str]:
    """One line per nomination; scores rounded to 3 decimals."""
    return csv_lines(NOMINATION_HEADER.values(), _rows_of(rows))


def scores_csv(rows: Iterable[ScoreRow]) -> Iterator[str]:
    """One line per juror × criterion × nomination."""
    return csv_lines(SCORE_HEADER.values(), _rows_of(rows))
