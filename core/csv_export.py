"""CSV that opens correctly in a spreadsheet, streamed line by line.

UTF-8 with a byte-order mark (so Excel reads accents right), a header row, CRLF lines, and
text cells that a spreadsheet would run as a formula neutralised with a leading apostrophe
(OWASP, "CSV Injection"). `csv_lines` is a generator of text chunks, one per line, ready for
StreamingHttpResponse: nothing holds the whole file in memory. `unneutralise` undoes the
apostrophe when such a file is read back (community.imports).
"""

import csv
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

BOM = "\ufeff"

# What makes a spreadsheet read a cell as a formula (or split it), including the full-width
# forms some spreadsheets also accept.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value: object) -> object:
    """A text cell that starts like a formula gets a leading apostrophe; numbers stay numbers
    (a score of -1 is not a formula), dates become ISO 8601, None an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Line:
    """The file-like object csv.writer writes a line into; writerow returns it."""

    def write(self, line: str) -> str:
        return line


def csv_lines(header: Sequence[object], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """The BOM and the header, then one CSV line per row, every cell neutralised."""
    writer = csv.writer(_Line())
    yield BOM + writer.writerow([neutralise(str(label)) for label in header])
    for row in rows:
        yield writer.writerow([neutralise(value) for value in row])


def unneutralise(text: str) -> str:
    """The cell as it was before `neutralise`: an apostrophe before a formula start goes."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
