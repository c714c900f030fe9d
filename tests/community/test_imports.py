import csv
import io
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from community.imports import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    STAR_COLUMNS,
    ImportFileError,
    _period,
    commitments_import,
)
from community.models import ActionPlan, Commitment, Country, Member


def _shared_data() -> Path:
    """``shared/data`` beside the checkout (or beside a parent of it, for a worktree)."""
    for parent in settings.BASE_DIR.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return settings.BASE_DIR.parent / "shared" / "data"


REAL_FILE = _shared_data() / "ogp-commitments" / "commitments.csv"
needs_real_file = pytest.mark.skipif(
    not REAL_FILE.exists(), reason=f"the real OGP export is not here ({REAL_FILE})"
)


def _header():
    """OGP's own column list, from the real export when it is here, else the columns we use."""
    if REAL_FILE.exists():
        with REAL_FILE.open(encoding="utf-8") as f:
            return next(csv.reader(f))
    return sorted(REQUIRED_COLUMNS) + list(OPTIONAL_COLUMNS)


def make_row(**overrides):
    row = dict.fromkeys(_header(), "ND")
    row.update(
        {
            "Commitment Unique Identifier": "KE0012",
            "Country/Locality": "Kenya",
            "Code": "KEN",
            "Region": "Africa and the Middle East",
            "National Or Local": "National",
            "Year Of Submission": "2020",
            "Action Plan End Year": "2022",
            "Action Plan Number": "4",
            "Action Plan ID": "AP_KEN04",
            "Commitment Number": "3",
            "Commitment Title": "Beneficial ownership transparency",
            "Short Title": "BO register",
            "Full Text": "Publish a register of the real owners of companies.",
            "Lead Institution": "Business Registration Service",
            "Start Date": "1/1/2021",
            "End Date": "June 2022",
            "Beneficial Ownership": "1",
            "Anti-Corruption and Integrity": "1",
            "Open Data": "0",
            "Potential Impact": "Transformative",
            "Completion (End Of Term)": "Substantial",
            "Did It Open Government (Overall)": "Major",
            "Starred (Current Formula) End of Term": "1",
            "URL": "https://opengovpartnership.org/members/kenya/commitments/ke0012",
        }
    )
    for key, value in overrides.items():
        row[key.replace("_", " ")] = value
    return row


def as_csv(rows, *, header=None):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header or _header(), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return io.StringIO(out.getvalue())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9/1/2018", (date(2018, 9, 1), date(2018, 9, 1))),
        ("31/12/2014", (date(2014, 12, 31), date(2014, 12, 31))),
        ("12/31/18", (date(2018, 12, 31), date(2018, 12, 31))),
        ("July 2014", (date(2014, 7, 1), date(2014, 7, 31))),
        ("December 2016", (date(2016, 12, 1), date(2016, 12, 31))),
        ("2016", (date(2016, 1, 1), date(2016, 12, 31))),
        ("IV quarter of 2021", (date(2021, 10, 1), date(2021, 12, 31))),
        ("Quarter 1 2015", (date(2015, 1, 1), date(2015, 3, 31))),
        ("43525", (date(2019, 3, 1), date(2019, 3, 1))),
        ("Ongoing", None),
        ("Permanent activity", None),
        ("31/31/2020", None),
        ("Smarch 2020", None),
    ],
)
def test_free_text_dates_are_read_as_periods(text, expected):
    assert _period(text) == expected


@pytest.mark.django_db
def test_a_good_row_creates_member_plan_and_commitment_with_irm_and_vocabulary():
    report = commitments_import(stream=as_csv([make_row()]))

    assert (report.created, report.updated, report.problems) == (1, 0, [])
    commitment = Commitment.objects.get(public_id="KE0012")
    assert commitment.title == "Beneficial ownership transparency"
    assert commitment.action_plan.ogp_id == "AP_KEN04"
    assert commitment.action_plan.member.code == "KEN"
    assert commitment.action_plan.member.country.iso3 == "KEN"
    assert commitment.action_plan.member.country.region.slug == "africa-middle-east"
    assert commitment.start_date == date(2021, 1, 1)
    assert commitment.end_date == date(2022, 6, 30)
    assert commitment.irm_potential_impact == Commitment.PotentialImpact.TRANSFORMATIVE
    assert commitment.irm_completion == Commitment.Completion.SUBSTANTIAL
    assert commitment.irm_opened_government == Commitment.OpenedGovernment.MAJOR
    assert commitment.irm_starred is True
    assert commitment.status == Commitment.Status.IN_PROGRESS
    assert {a.slug for a in commitment.challenge_areas.all()} == {"anti-corruption"}
    assert {t.slug for t in commitment.themes.all()} == {"anti-corruption"}
    assert set(commitment.policy_areas.names()) == {
        "Beneficial Ownership",
        "Anti-Corruption and Integrity",
    }


@pytest.mark.django_db
def test_missing_values_are_imported_as_unknown_never_as_values():
    row = make_row(
        **{
            "Potential Impact": "ND",
            "Completion (End Of Term)": "NR",
            "Did It Open Government (Overall)": "",
            "Starred (Current Formula) End of Term": "NA",
            "Start Date": "NA",
            "Lead Institution": "NA",
        }
    )
    commitments_import(stream=as_csv([row]))

    commitment = Commitment.objects.get(public_id="KE0012")
    assert commitment.irm_potential_impact == ""
    assert commitment.irm_completion == ""
    assert commitment.irm_opened_government == ""
    assert commitment.irm_starred is None
    assert commitment.start_date is None
    assert commitment.lead_institution == ""
    assert commitment.status == Commitment.Status.UNKNOWN


@pytest.mark.django_db
def test_potential_impact_none_is_a_value_not_a_missing_one():
    commitments_import(stream=as_csv([make_row(**{"Potential Impact": "None"})]))
    assert Commitment.objects.get().irm_potential_impact == Commitment.PotentialImpact.NONE


@pytest.mark.django_db
def test_bad_rows_are_reported_by_line_with_reason_and_good_rows_still_import():
    rows = [
        make_row(),
        make_row(**{"Commitment Unique Identifier": "KE0013", "Region": "Atlantis"}),
        make_row(**{"Commitment Unique Identifier": "not an id"}),
        make_row(**{"Commitment Unique Identifier": "KE0014", "Year Of Submission": "soon"}),
        make_row(**{"Commitment Unique Identifier": "KE0015", "Beneficial Ownership": "yes"}),
        make_row(**{"Commitment Unique Identifier": "KE0016", "Potential Impact": "Huge"}),
        make_row(**{"Commitment Unique Identifier": "KE0017", "Commitment Title": "",
                    "Short Title": ""}),
        make_row(**{"Commitment Unique Identifier": "KE0018", "Action Plan End Year": "2019"}),
        make_row(**{"Commitment Unique Identifier": "KE0019"}),
    ]  # fmt: skip
    report = commitments_import(stream=as_csv(rows))

    assert report.created == 2
    assert set(Commitment.objects.values_list("public_id", flat=True)) == {"KE0012", "KE0019"}
    problems = {p.line: p.reason for p in report.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9]
    assert "unknown region 'Atlantis'" in problems[3]
    assert "not an OGP commitment identifier" in problems[4]
    assert "'Year Of Submission' should be a number" in problems[5]
    assert "'Beneficial Ownership' should be 0 or 1" in problems[6]
    assert "'Potential Impact' has an unknown value 'Huge'" in problems[7]
    assert "no title" in problems[8]
    assert "ends (2019) before it starts (2020)" in problems[9]


@pytest.mark.django_db
def test_problems_name_the_spreadsheet_row_and_the_file_line():
    """A spreadsheet shows a multi-line cell as one row (the header is row 1) and a blank
    line as an empty row; the file's line numbers count every line break."""
    first = make_row(**{"Full Text": "Line one.\nLine two.\nLine three."})
    bad = make_row(**{"Commitment Unique Identifier": "KE0020", "Code": "K"})
    text = as_csv([first]).getvalue() + "\n" + as_csv([bad]).getvalue().split("\n", 1)[1]
    report = commitments_import(stream=io.StringIO(text))

    assert report.created == 1
    [problem] = report.problems
    assert (problem.row, problem.line) == (4, 6)
    assert str(problem).startswith("row 4 (line 6), KE0020: 'Code' should be")


@pytest.mark.django_db
def test_rerunning_the_same_file_changes_nothing_and_a_changed_row_updates():
    commitments_import(stream=as_csv([make_row()]))
    before = Commitment.objects.get().updated_at

    again = commitments_import(stream=as_csv([make_row()]))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert Commitment.objects.get().updated_at == before

    changed = commitments_import(
        stream=as_csv([make_row(**{"Completion (End Of Term)": "Complete", "Open Data": "1"})])
    )
    assert changed.updated == 1
    commitment = Commitment.objects.get()
    assert commitment.status == Commitment.Status.COMPLETED
    assert "access-to-information" in {a.slug for a in commitment.challenge_areas.all()}
    assert Member.objects.count() == 1 and ActionPlan.objects.count() == 1


@pytest.mark.django_db
def test_local_members_belong_to_their_country():
    row = make_row(
        **{
            "Commitment Unique Identifier": "KAD0004",
            "Country/Locality": "Kaduna State, Nigeria",
            "Code": "NGKD",
            "National Or Local": "Legacy Local",
            "Action Plan ID": "AP_NGKD01",
        }
    )
    commitments_import(stream=as_csv([row]))
    member = Member.objects.get(code="NGKD")
    assert member.kind == Member.Kind.LOCAL
    assert member.country.iso3 == "NGA"
    assert member.country.name == "Nigeria"


def test_the_command_rejects_a_file_that_is_not_ogps_export(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,age\nAda,36\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing column"):
        call_command("import_commitments", str(path), "--no-progress")


def test_the_command_reports_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_commitments", str(tmp_path / "absent.csv"), "--no-progress")


def test_the_command_reports_a_file_that_is_not_utf8(tmp_path, db):
    path = tmp_path / "latin1.csv"
    path.write_bytes(",".join(_header()).encode() + b"\n\xe9\xe8\xff\n")
    with pytest.raises(CommandError):
        call_command("import_commitments", str(path), "--no-progress")


# --- Columns -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_file_missing_columns_the_importer_reads_is_refused_and_changes_nothing(tmp_path):
    commitments_import(stream=as_csv([make_row()]))
    dropped = {"Lead Institution", "Specificity", "Anti-Corruption and Integrity"}
    header = [c for c in _header() if c not in dropped]
    path = tmp_path / "partial.csv"
    path.write_text(as_csv([make_row()], header=header).getvalue(), encoding="utf-8")

    with pytest.raises(CommandError) as refused:
        call_command("import_commitments", str(path), "--no-progress")

    message = str(refused.value)
    assert all(column in message for column in dropped) and "nothing was imported" in message
    commitment = Commitment.objects.get()
    assert commitment.lead_institution == "Business Registration Service"
    assert "Anti-Corruption and Integrity" in commitment.policy_areas.names()


@pytest.mark.django_db
def test_a_file_with_a_column_twice_is_refused():
    header = [*_header(), "Lead Institution"]
    with pytest.raises(ImportFileError, match="Lead Institution appear more than once"):
        commitments_import(stream=as_csv([make_row()], header=header))
    assert not Commitment.objects.exists()


@pytest.mark.django_db
def test_a_short_row_says_how_many_columns_it_has():
    width = len(_header())
    good = as_csv([make_row()]).getvalue().splitlines()
    cells = next(csv.reader([good[1]]))[:5]
    text = "\n".join([good[0], ",".join(cells)]) + "\n"

    report = commitments_import(stream=io.StringIO(text))

    assert [p.reason for p in report.problems] == [f"short row: 5 of {width} columns"]


# --- Rows that fail after touching the caches --------------------------------------------


def _rejected_by_the_model(**overrides):
    """A row that parses but that the model refuses (full_clean), after its member and plan
    have been written in the row's transaction."""
    return make_row(**{"URL": "https://not a web address", **overrides})


@pytest.mark.django_db
def test_a_failed_row_for_a_new_member_does_not_block_that_members_next_rows():
    rows = [_rejected_by_the_model(), make_row(**{"Commitment Unique Identifier": "KE0013"})]

    for run in range(2):
        report = commitments_import(stream=as_csv(rows))
        assert [p.public_id for p in report.problems] == ["KE0012"], run
        assert "source_url" in report.problems[0].reason
        assert report.created + report.unchanged == 1 and report.updated == 0
    assert list(Commitment.objects.values_list("public_id", flat=True)) == ["KE0013"]
    assert Member.objects.filter(code="KEN").count() == 1


@pytest.mark.django_db
def test_a_failed_row_does_not_leave_its_unsaved_changes_in_the_caches():
    commitments_import(stream=as_csv([make_row()]))
    renamed = {"Country/Locality": "Republic of Kenya", "Action Plan End Year": "2023"}
    rows = [
        _rejected_by_the_model(**renamed),
        make_row(**{"Commitment Unique Identifier": "KE0013", **renamed}),
    ]

    commitments_import(stream=as_csv(rows))

    plan = ActionPlan.objects.get()
    assert (plan.member.name, plan.end_year) == ("Republic of Kenya", 2023)


# --- Duplicate ids --------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_id_twice_in_one_file_imports_neither_row_and_reports_both():
    commitments_import(stream=as_csv([make_row()]))
    rows = [
        make_row(**{"Commitment Title": "First spelling"}),
        make_row(**{"Commitment Unique Identifier": "KE0013"}),
        make_row(**{"Commitment Unique Identifier": "ke0012", "Commitment Title": "Second"}),
    ]

    for _ in range(2):
        report = commitments_import(stream=as_csv(rows))
        assert report.updated == 0
        assert [(p.row, p.public_id) for p in report.problems] == [(2, "KE0012"), (4, "KE0012")]
        assert "row 4 (line 4)" in report.problems[0].reason
        assert "row 2 (line 2)" in report.problems[1].reason
    assert Commitment.objects.get(public_id="KE0012").title == "Beneficial ownership transparency"
    assert Commitment.objects.filter(public_id="KE0013").exists()


# --- Stars ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("end_of_term", "progress_report", "formula_2015", "expected"),
    [
        ("1", "0", "0", True),
        ("0", "1", "1", False),  # the end-of-term assessment is the more recent
        ("ND", "1", "0", True),  # no end-of-term report yet: the mid-term one decides
        ("NR", "0", "1", False),
        ("ND", "NA", "1", True),  # only the formula used until 2015 is known
        ("ND", "NR", "ND", None),
    ],
)
@pytest.mark.django_db
def test_the_star_comes_from_the_most_recent_assessment_that_has_one(
    end_of_term, progress_report, formula_2015, expected
):
    values = dict(zip(STAR_COLUMNS, (end_of_term, progress_report, formula_2015), strict=True))
    commitments_import(stream=as_csv([make_row(**values)]))
    assert Commitment.objects.get().irm_starred is expected


# --- Dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected", "note"),
    [
        # the years 2023 and 2027 typed into date cells: days 2023 and 2027 of Excel's calendar
        ("7/15/1905", "7/19/1905", (date(2023, 1, 1), date(2027, 12, 31)), "the year 2023"),
        ("7/16/1905", "7/20/1905", (date(2024, 1, 1), date(2028, 12, 31)), "the year 2024"),
        ("2008", "June 2022", (None, date(2022, 6, 30)), "before the partnership began"),
        ("1/3/1999", "NA", (None, None), "before the partnership began"),
        ("1/1/1905", "NA", (None, None), "before the partnership began"),  # day 1828: no year
    ],
)
@pytest.mark.django_db
def test_dates_before_the_partnership_are_recovered_or_left_unknown(start, end, expected, note):
    report = commitments_import(stream=as_csv([make_row(Start_Date=start, End_Date=end)]))

    commitment = Commitment.objects.get()
    assert (commitment.start_date, commitment.end_date) == expected
    assert note in report.notes[0].reason and report.notes[0].row == 2
    assert report.problems == []


# --- The real export --------------------------------------------------------------------------


@pytest.mark.django_db
@needs_real_file
def test_the_real_ogp_export_imports_whole_and_idempotently():
    out = io.StringIO()
    call_command("import_commitments", str(REAL_FILE), "--no-progress", stdout=out)
    assert "558 created, 0 updated, 0 unchanged, 0 bad row(s), 13 note(s)" in out.getvalue()
    assert Commitment.objects.count() == 558
    assert Member.objects.count() == 75
    assert ActionPlan.objects.count() == 214

    e_acts = Commitment.objects.get(public_id="AL0002")
    assert e_acts.title == "e-Acts"
    assert e_acts.action_plan.member.name == "Albania"
    assert e_acts.action_plan.ogp_id == "AP_ALB01"
    assert e_acts.lead_institution == "Council of Ministers"
    assert e_acts.irm_potential_impact == Commitment.PotentialImpact.MODERATE
    assert e_acts.irm_completion_midterm == Commitment.Completion.SUBSTANTIAL
    assert e_acts.source_url.endswith("/albania/commitments/al0002")

    kaduna = Member.objects.get(code="NGKD")
    assert kaduna.kind == Member.Kind.LOCAL and kaduna.country.iso3 == "NGA"
    assert Country.objects.in_default_locale().filter(iso3="XKX").exists()  # Kosovo
    assert Commitment.objects.filter(challenge_areas__slug="anti-corruption").exists()

    # Stars: 24 end-of-term stars, and 12 mid-term stars of commitments with no end-of-term
    # report. The precedence agrees with OGP's own summary column "Max star" on every row.
    with REAL_FILE.open(encoding="utf-8-sig", newline="") as f:
        max_star = {r["Commitment Unique Identifier"]: r["Max star"] for r in csv.DictReader(f)}
    starred = dict(Commitment.objects.values_list("public_id", "irm_starred"))
    assert starred == {k: {"1": True, "0": False}.get(v) for k, v in max_star.items()}
    assert sum(v is True for v in starred.values()) == 36

    # Dates: the six commitments of 2023-2027 plans whose years a spreadsheet made into
    # 1905 dates get their years back; a start "2008" (NL0003) is left unknown.
    assert not Commitment.objects.filter(start_date__lt=date(2011, 1, 1)).exists()
    assert not Commitment.objects.filter(end_date__lt=date(2011, 1, 1)).exists()
    recovered = Commitment.objects.filter(public_id__in=["KE0033", "NL0058", "PH0068", "KE0034"])
    assert {(c.start_date, c.end_date) for c in recovered} == {
        (date(2023, 1, 1), date(2027, 12, 31))
    }
    assert Commitment.objects.get(public_id="KE0038").start_date == date(2024, 1, 1)
    assert Commitment.objects.get(public_id="NL0003").start_date is None

    again = io.StringIO()
    call_command("import_commitments", str(REAL_FILE), "--no-progress", stdout=again)
    assert "0 created, 0 updated, 558 unchanged, 0 bad row(s), 13 note(s)" in again.getvalue()
