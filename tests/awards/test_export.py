"""CSV exports (awards.export): spreadsheet-safe, streamable, no database."""

import csv
import io
from dataclasses import fields
from datetime import UTC, datetime
from decimal import Decimal
from types import GeneratorType

from django.http import StreamingHttpResponse

import pytest

from awards.export import (
    NOMINATION_HEADER,
    SCORE_HEADER,
    NominationRow,
    ScoreRow,
    csv_lines,
    neutralise,
    nominations_csv,
    scores_csv,
)

SUBMITTED = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def nomination_row(**changes):
    values = {
        "id": 7,
        "programme": "Open Government Awards 2026",
        "category": "Civic space",
        "kind": "reformer",
        "nominee": "Zoë Ñúñez-Øverby",
        "nominator": "Jean-François Dœuf",
        "status": "eligible",
        "submitted_at": SUBMITTED,
        "jurors": 3,
        "score": 4.16666667,
        "adjusted_score": None,
        "position": 2,
    }
    return NominationRow(**{**values, **changes})


def read(chunks):
    data = "".join(chunks).encode("utf-8")
    return data, list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_file_starts_with_a_bom_and_a_header():
    data, rows = read(nominations_csv([nomination_row()]))

    assert data.startswith(b"\xef\xbb\xbf")
    assert not data[3:].startswith(b"\xef\xbb\xbf")
    assert rows[0] == [str(label) for label in NOMINATION_HEADER.values()]
    assert b"\r\n" in data


def test_a_nomination_survives_a_round_trip():
    _data, rows = read(nominations_csv([nomination_row(), nomination_row(id=8, score=None)]))

    assert rows[1] == [
        "7",
        "Open Government Awards 2026",
        "Civic space",
        "reformer",
        "Zoë Ñúñez-Øverby",
        "Jean-François Dœuf",
        "eligible",
        "2026-03-01T09:30:00+00:00",
        "3",
        "4.167",
        "",
        "2",
    ]
    assert rows[2][0] == "8" and rows[2][9] == ""
    assert len(rows) == 3


def test_scores_one_line_per_juror_and_criterion():
    rows = [
        ScoreRow(
            7,
            "Civic space",
            "Zoë",
            "Juror A",
            "Impact",
            Decimal("2"),
            5,
            'Said "bold",\nand it was',
        ),
        ScoreRow(7, "Civic space", "Zoë", "Juror A", "Evidence", 1, 3, ""),
    ]

    _data, read_rows = read(scores_csv(rows))

    assert read_rows[0] == [str(label) for label in SCORE_HEADER.values()]
    assert read_rows[1] == [
        "7",
        "Civic space",
        "Zoë",
        "Juror A",
        "Impact",
        "2",
        "5",
        'Said "bold",\nand it was',
    ]
    assert read_rows[2][4:7] == ["Evidence", "1", "3"]


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("＝1+1", "'＝1+1"),  # full-width equals sign
        # Harmless text and numbers are left alone.
        ("Plain text", "Plain text"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("", ""),
        (-1, "-1"),
        (Decimal("-0.5"), "-0.5"),
        (None, ""),
        (True, "true"),
    ],
)
def test_formula_injection_is_neutralised(cell, written):
    _data, rows = read(csv_lines(["Nominee"], [[cell]]))

    assert rows[1] == [written]


def test_neutralise_keeps_numbers_as_numbers():
    assert neutralise(-3) == -3
    assert neutralise(2.5) == 2.5
    assert neutralise("-3") == "'-3"


def test_a_malicious_nominee_name_in_a_nomination_export():
    _data, rows = read(nominations_csv([nomination_row(nominee="=cmd|' /C calc'!A0")]))

    assert rows[1][4] == "'=cmd|' /C calc'!A0"


def test_headers_match_the_rows_fields():
    assert list(NOMINATION_HEADER) == [f.name for f in fields(NominationRow)]
    assert list(SCORE_HEADER) == [f.name for f in fields(ScoreRow)]


def test_the_export_streams_row_by_row():
    consumed = []

    def rows():
        for number in range(3):
            consumed.append(number)
            yield nomination_row(id=number)

    chunks = nominations_csv(rows())
    assert isinstance(chunks, GeneratorType)
    next(chunks)  # the header
    assert consumed == []
    next(chunks)
    assert consumed == [0]

    response = StreamingHttpResponse(
        nominations_csv(rows()), content_type="text/csv; charset=utf-8"
    )
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    assert body.count(b"\r\n") == 4
