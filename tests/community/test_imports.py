import csv
import io
from datetime import date
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from community.imports import _period, commitments_import
from community.models import ActionPlan, Commitment, Country, Member

REAL_FILE = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "ogp-commitments" / "commitments.csv"
)


def _header():
    """OGP's own column list, from the real export when it is here, else the columns we use."""
    if REAL_FILE.exists():
        with REAL_FILE.open(encoding="utf-8") as f:
            return next(csv.reader(f))
    from community.imports import REQUIRED_COLUMNS
    from community.vocabulary import POLICY_AREA_COLUMNS

    return sorted(REQUIRED_COLUMNS) + list(POLICY_AREA_COLUMNS) + [
        "Short Title", "Commitment Number", "Action Plan Number", "Action Plan End Year",
        "Lead Institution", "Supporting Institution(s)", "Start Date", "End Date", "Theme",
        "Specificity", "Potential Impact", "Completion (Progress Report)",
        "Completion (End Of Term)", "Did It Open Government (Overall)",
        "Starred (Current Formula) End of Term", "Latest IRM Report", "URL",
    ]  # fmt: skip


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


def as_csv(rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_header())
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
        make_row(**{"Commitment Unique Identifier": "KE0018", "Action Plan End Year": "2001"}),
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
    assert "ends (2001) before it starts (2020)" in problems[9]


@pytest.mark.django_db
def test_line_numbers_count_multi_line_cells():
    first = make_row(**{"Full Text": "Line one.\nLine two.\nLine three."})
    bad = make_row(**{"Commitment Unique Identifier": "KE0020", "Code": "K"})
    report = commitments_import(stream=as_csv([first, bad]))
    assert [p.line for p in report.problems] == [5]


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


@pytest.mark.django_db
@pytest.mark.skipif(not REAL_FILE.exists(), reason=f"the real OGP export is not here ({REAL_FILE})")
def test_the_real_ogp_export_imports_whole_and_idempotently():
    out = io.StringIO()
    call_command("import_commitments", str(REAL_FILE), "--no-progress", stdout=out)
    assert "558 created, 0 updated, 0 unchanged, 0 bad row(s)" in out.getvalue()
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
    assert Commitment.objects.filter(irm_starred=True).count() == 24
    assert Commitment.objects.filter(challenge_areas__slug="anti-corruption").exists()

    again = io.StringIO()
    call_command("import_commitments", str(REAL_FILE), "--no-progress", stdout=again)
    assert "0 created, 0 updated, 558 unchanged, 0 bad row(s)" in again.getvalue()
